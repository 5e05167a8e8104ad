CREATE TABLE "rating_daily" (
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"day" date NOT NULL,
	"respondent_type" text NOT NULL,
	"question_key" text NOT NULL,
	"dimension" text NOT NULL,
	"c1" integer NOT NULL,
	"c2" integer NOT NULL,
	"c3" integer NOT NULL,
	"c4" integer NOT NULL,
	"c5" integer NOT NULL,
	CONSTRAINT "rating_daily_pkey" PRIMARY KEY("office_id","group_id","form_id","form_version","day","respondent_type","question_key","dimension")
);
--> statement-breakpoint
CREATE TABLE "rating_daily_dimensions" (
	"office_id" text NOT NULL,
	"group_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"day" date NOT NULL,
	"respondent_type" text NOT NULL,
	"dimension" text NOT NULL,
	"responses" integer NOT NULL,
	"c1" integer NOT NULL,
	"c2" integer NOT NULL,
	"c3" integer NOT NULL,
	"c4" integer NOT NULL,
	"c5" integer NOT NULL,
	CONSTRAINT "rating_daily_dimensions_pkey" PRIMARY KEY("office_id","group_id","form_id","form_version","day","respondent_type","dimension")
);
--> statement-breakpoint
CREATE INDEX "rating_daily_office_day" ON "rating_daily" USING btree ("office_id","day");--> statement-breakpoint
CREATE INDEX "rating_daily_dimensions_office_day" ON "rating_daily_dimensions" USING btree ("office_id","day");--> statement-breakpoint
-- Backfill: the rollups of every rating answer stored before this migration. The day is the
-- Bangkok calendar day (UTC+7 all year), as rating-rollups.ts computes it for new answers.
INSERT INTO "rating_daily" ("office_id","group_id","form_id","form_version","day","respondent_type","question_key","dimension","c1","c2","c3","c4","c5")
SELECT "office_id","group_id","form_id","form_version",
	(("submitted_at" at time zone 'UTC') + interval '7 hours')::date,
	"respondent_type","question_key","dimension",
	count(*) filter (where "value" = 1), count(*) filter (where "value" = 2),
	count(*) filter (where "value" = 3), count(*) filter (where "value" = 4),
	count(*) filter (where "value" = 5)
FROM "rating_answers"
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;--> statement-breakpoint
INSERT INTO "rating_daily_dimensions" ("office_id","group_id","form_id","form_version","day","respondent_type","dimension","responses","c1","c2","c3","c4","c5")
SELECT "office_id","group_id","form_id","form_version",
	(("submitted_at" at time zone 'UTC') + interval '7 hours')::date,
	"respondent_type","dimension", count(distinct "response_id"),
	count(*) filter (where "value" = 1), count(*) filter (where "value" = 2),
	count(*) filter (where "value" = 3), count(*) filter (where "value" = 4),
	count(*) filter (where "value" = 5)
FROM "rating_answers"
GROUP BY 1, 2, 3, 4, 5, 6, 7
UNION ALL
SELECT "office_id","group_id","form_id","form_version",
	(("submitted_at" at time zone 'UTC') + interval '7 hours')::date,
	"respondent_type", '', count(distinct "response_id"),
	count(*) filter (where "value" = 1), count(*) filter (where "value" = 2),
	count(*) filter (where "value" = 3), count(*) filter (where "value" = 4),
	count(*) filter (where "value" = 5)
FROM "rating_answers"
GROUP BY 1, 2, 3, 4, 5, 6;
