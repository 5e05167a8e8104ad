CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"kind" text NOT NULL,
	"track" text NOT NULL,
	"group_id" uuid,
	"school_id" uuid,
	"subject" text,
	"body" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"contact" jsonb,
	"channel" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"device_id" uuid,
	"content_hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_anonymous_without_contact" CHECK (not "feedback"."anonymous" or "feedback"."contact" is null)
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"id" uuid NOT NULL,
	"version" integer NOT NULL,
	"office_id" text NOT NULL,
	"group_id" uuid,
	"kind" text NOT NULL,
	"title_th" text NOT NULL,
	"definition" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"published_at" timestamp with time zone,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forms_pkey" PRIMARY KEY("id","version"),
	CONSTRAINT "forms_version_positive" CHECK ("forms"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"code" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"short_name" text NOT NULL,
	"active_from_fy" integer,
	"active_to_fy" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_office_code" UNIQUE("office_id","code")
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"province" text NOT NULL,
	"level_scheme" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offices_level_scheme" CHECK ("offices"."level_scheme" in ('0.5', '0.8'))
);
--> statement-breakpoint
CREATE TABLE "rating_answers" (
	"response_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"office_id" text NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"dimension" text NOT NULL,
	"value" smallint NOT NULL,
	"group_id" uuid NOT NULL,
	"school_id" uuid,
	"respondent_type" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rating_answers_pkey" PRIMARY KEY("response_id","question_key"),
	CONSTRAINT "rating_answers_value_1_to_5" CHECK ("rating_answers"."value" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"group_id" uuid NOT NULL,
	"school_id" uuid,
	"respondent_type" text NOT NULL,
	"respondent_type_other" text,
	"answers" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"device_id" uuid,
	"collector_id" uuid,
	"session_id" uuid,
	"content_hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"code" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"district" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_office_code" UNIQUE("office_id","code")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_answers" ADD CONSTRAINT "rating_answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_form_version_fk" FOREIGN KEY ("form_id","form_version") REFERENCES "public"."forms"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_office_track_submitted" ON "feedback" USING btree ("office_id","track","submitted_at");--> statement-breakpoint
CREATE INDEX "forms_office_published" ON "forms" USING btree ("office_id","published_at");--> statement-breakpoint
CREATE INDEX "rating_answers_office_group_submitted" ON "rating_answers" USING btree ("office_id","group_id","submitted_at");--> statement-breakpoint
CREATE INDEX "rating_answers_form_question" ON "rating_answers" USING btree ("form_id","form_version","question_key");--> statement-breakpoint
CREATE INDEX "responses_office_group_submitted" ON "responses" USING btree ("office_id","group_id","submitted_at");--> statement-breakpoint
CREATE INDEX "responses_form_version" ON "responses" USING btree ("form_id","form_version");--> statement-breakpoint
CREATE INDEX "responses_device" ON "responses" USING btree ("device_id");