CREATE TABLE "transparency_pages" (
	"office_id" text NOT NULL,
	"fy" integer NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "transparency_pages_pkey" PRIMARY KEY("office_id","fy")
);
--> statement-breakpoint
ALTER TABLE "transparency_pages" ADD CONSTRAINT "transparency_pages_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;