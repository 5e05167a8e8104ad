CREATE TABLE "feedback_replies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"feedback_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"public" boolean NOT NULL,
	"status" text
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "tracking_code" text;--> statement-breakpoint
-- Existing items get a code like new ones (ABCD-EFGH from the alphabet without 0/O/1/I/L).
-- The subquery names feedback.id so that it runs once per row, not once for the whole update.
UPDATE "feedback" SET "tracking_code" = (
	SELECT substr(c, 1, 4) || '-' || substr(c, 5, 4) FROM (
		SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::int, 1), '') AS c
		FROM generate_series(1, 8) WHERE "feedback"."id" IS NOT NULL
	) AS drawn
);--> statement-breakpoint
-- Two random codes may be equal (about 1 in 10^7 for 1,000 items): draw again for every second
-- one, three times, so the UNIQUE constraint below cannot stop the migration (and the server).
UPDATE "feedback" SET "tracking_code" = (
	SELECT substr(c, 1, 4) || '-' || substr(c, 5, 4) FROM (
		SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::int, 1), '') AS c
		FROM generate_series(1, 8) WHERE "feedback"."id" IS NOT NULL
	) AS drawn
)
WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "tracking_code" ORDER BY "id") AS n FROM "feedback") AS d WHERE n > 1);--> statement-breakpoint
-- Two random codes may be equal (about 1 in 10^7 for 1,000 items): draw again for every second
-- one, three times, so the UNIQUE constraint below cannot stop the migration (and the server).
UPDATE "feedback" SET "tracking_code" = (
	SELECT substr(c, 1, 4) || '-' || substr(c, 5, 4) FROM (
		SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::int, 1), '') AS c
		FROM generate_series(1, 8) WHERE "feedback"."id" IS NOT NULL
	) AS drawn
)
WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "tracking_code" ORDER BY "id") AS n FROM "feedback") AS d WHERE n > 1);--> statement-breakpoint
-- Two random codes may be equal (about 1 in 10^7 for 1,000 items): draw again for every second
-- one, three times, so the UNIQUE constraint below cannot stop the migration (and the server).
UPDATE "feedback" SET "tracking_code" = (
	SELECT substr(c, 1, 4) || '-' || substr(c, 5, 4) FROM (
		SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::int, 1), '') AS c
		FROM generate_series(1, 8) WHERE "feedback"."id" IS NOT NULL
	) AS drawn
)
WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "tracking_code" ORDER BY "id") AS n FROM "feedback") AS d WHERE n > 1);--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "tracking_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "status" text DEFAULT 'received' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "feedback" SET "status_changed_at" = "submitted_at";--> statement-breakpoint
ALTER TABLE "feedback_replies" ADD CONSTRAINT "feedback_replies_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_replies" ADD CONSTRAINT "feedback_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_replies_feedback_at" ON "feedback_replies" USING btree ("feedback_id","at");--> statement-breakpoint
CREATE INDEX "feedback_office_status" ON "feedback" USING btree ("office_id","status");--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_tracking_code" UNIQUE("tracking_code");