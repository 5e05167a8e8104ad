CREATE TABLE "survey_ballots" (
	"survey_link_id" uuid NOT NULL,
	"ballot_hash" text NOT NULL,
	"response_id" uuid NOT NULL,
	CONSTRAINT "survey_ballots_pkey" PRIMARY KEY("survey_link_id","ballot_hash")
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"school_id" uuid,
	"activity_id" uuid,
	"allow_multiple" boolean NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "survey_links_code" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "survey_link_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_ballots" ADD CONSTRAINT "survey_ballots_survey_link_id_survey_links_id_fk" FOREIGN KEY ("survey_link_id") REFERENCES "public"."survey_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_ballots" ADD CONSTRAINT "survey_ballots_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_ballots_response" ON "survey_ballots" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "survey_links_office_group" ON "survey_links" USING btree ("office_id","group_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_survey_link_id_survey_links_id_fk" FOREIGN KEY ("survey_link_id") REFERENCES "public"."survey_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_survey_link" ON "responses" USING btree ("survey_link_id");