CREATE TABLE "report_notes" (
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"fy" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_notes_pkey" PRIMARY KEY("group_id","fy","quarter","kind"),
	CONSTRAINT "report_notes_quarter_0_to_4" CHECK ("report_notes"."quarter" between 0 and 4)
);
--> statement-breakpoint
ALTER TABLE "report_notes" ADD CONSTRAINT "report_notes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_notes" ADD CONSTRAINT "report_notes_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_notes_office_period" ON "report_notes" USING btree ("office_id","fy","quarter");