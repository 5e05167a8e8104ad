CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"held_on" date NOT NULL,
	"school_id" uuid,
	"place_note" text DEFAULT '' NOT NULL,
	"planned_participants" integer DEFAULT 0 NOT NULL,
	"evaluation_form_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"actions_taken" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"published_record" jsonb,
	CONSTRAINT "activities_planned_participants" CHECK ("activities"."planned_participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_invitations" (
	"activity_id" uuid NOT NULL,
	"representative_id" uuid NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "activity_invitations_pkey" PRIMARY KEY("activity_id","representative_id")
);
--> statement-breakpoint
CREATE TABLE "attendance_sign_ins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"office_id" text NOT NULL,
	"name" text NOT NULL,
	"respondent_type" text NOT NULL,
	"school_id" uuid,
	"organisation" text NOT NULL,
	"signature" text,
	"signed_at" timestamp with time zone NOT NULL,
	"device_id" uuid,
	"session_id" uuid,
	"content_hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "representatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"respondent_type" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "representatives_term" CHECK ("representatives"."term_end" is null or "representatives"."term_start" <= "representatives"."term_end")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "activity_id" uuid;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_invitations" ADD CONSTRAINT "activity_invitations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_invitations" ADD CONSTRAINT "activity_invitations_representative_id_representatives_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."representatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_sign_ins" ADD CONSTRAINT "attendance_sign_ins_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_sign_ins" ADD CONSTRAINT "attendance_sign_ins_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_sign_ins" ADD CONSTRAINT "attendance_sign_ins_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representatives" ADD CONSTRAINT "representatives_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_office_held" ON "activities" USING btree ("office_id","held_on");--> statement-breakpoint
CREATE INDEX "activities_group_held" ON "activities" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE INDEX "activity_invitations_representative" ON "activity_invitations" USING btree ("representative_id");--> statement-breakpoint
CREATE INDEX "attendance_sign_ins_activity_signed" ON "attendance_sign_ins" USING btree ("activity_id","signed_at");--> statement-breakpoint
CREATE INDEX "attendance_sign_ins_device" ON "attendance_sign_ins" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "representatives_group" ON "representatives" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_activity" ON "responses" USING btree ("activity_id");