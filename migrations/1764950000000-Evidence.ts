import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence (issue 14): the outcome measures case studies report (the standard ones seeded here; admins add
 * "other" ones), a case study's evidence type, link and "six ways into wellbeing", and its outcome figures:
 * group aggregates only (never a participant's score), from groups of at least 5.
 */
export class Evidence1764950000000 implements MigrationInterface {
  name = 'Evidence1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outcome_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The standard measures' stable key (shared/src/evidence.ts); null for measures admins add.
        code text UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        scale_min numeric NOT NULL,
        scale_max numeric NOT NULL,
        higher_is_better boolean NOT NULL DEFAULT true,
        position int NOT NULL,
        created_by_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_measure_scale_check CHECK (scale_min < scale_max),
        CONSTRAINT outcome_measure_name_check CHECK (char_length(name) BETWEEN 1 AND 80)
      )
    `);
    await q.query(`CREATE UNIQUE INDEX outcome_measure_name_key ON outcome_measure (lower(name))`);
    await q.query(`
      INSERT INTO outcome_measure (code, name, description, scale_min, scale_max, higher_is_better, position) VALUES
        ('ONS4_LIFE_SATISFACTION', 'ONS4: life satisfaction',
         'ONS personal wellbeing: “Overall, how satisfied are you with your life nowadays?” (0–10)', 0, 10, true, 1),
        ('ONS4_WORTHWHILE', 'ONS4: worthwhile',
         'ONS personal wellbeing: how worthwhile the things you do in your life are (0–10)', 0, 10, true, 2),
        ('ONS4_HAPPINESS', 'ONS4: happiness',
         'ONS personal wellbeing: how happy you felt yesterday (0–10)', 0, 10, true, 3),
        ('ONS4_ANXIETY', 'ONS4: anxiety',
         'ONS personal wellbeing: how anxious you felt yesterday (0–10; lower is better)', 0, 10, false, 4),
        ('SWEMWBS', 'SWEMWBS',
         'Short Warwick-Edinburgh Mental Wellbeing Scale: 7 items, total raw score 7–35', 7, 35, true, 5),
        ('WEMWBS', 'WEMWBS',
         'Warwick-Edinburgh Mental Wellbeing Scale: 14 items, total score 14–70', 14, 70, true, 6),
        ('UCLA3', 'UCLA 3-item loneliness',
         'UCLA 3-item loneliness scale: total score 3–9 (lower is less lonely)', 3, 9, false, 7)
    `);

    await q.query(`
      ALTER TABLE case_study
        ADD COLUMN evidence_type text,
        ADD COLUMN evidence_link text NOT NULL DEFAULT '',
        ADD COLUMN six_ways text[] NOT NULL DEFAULT '{}',
        -- How many took part, as the evidence page counts them: the group size, or the most who started one of
        -- the outcome measures when that is larger. Kept by the repositories that write either, so the page's
        -- totals read one column instead of aggregating every outcome row.
        ADD COLUMN participants int NOT NULL DEFAULT 0,
        ADD CONSTRAINT case_study_evidence_type_check
          CHECK (evidence_type IS NULL OR evidence_type IN ('PRACTICE_STORY', 'SERVICE_EVALUATION', 'PUBLISHED_RESEARCH'))
    `);
    await q.query(`UPDATE case_study SET participants = coalesce(group_size, 0)`);
    await q.query(`CREATE INDEX case_study_six_ways_idx ON case_study USING gin (six_ways)`);

    // One row per measure a case study reports: the group's figures before and after, never individuals'.
    await q.query(`
      CREATE TABLE case_study_outcome (
        thread_id uuid NOT NULL REFERENCES case_study (thread_id) ON DELETE CASCADE,
        position int NOT NULL,
        measure_id uuid NOT NULL REFERENCES outcome_measure (id),
        statistic text NOT NULL,
        participants_started int NOT NULL,
        participants_completed int NOT NULL,
        before_value numeric NOT NULL,
        after_value numeric NOT NULL,
        before_on date NOT NULL,
        after_on date NOT NULL,
        -- after − before, computed once when written: the evidence page's medians and ranges read it as is.
        change float8 GENERATED ALWAYS AS ((after_value - before_value)::float8) STORED,
        PRIMARY KEY (thread_id, position),
        CONSTRAINT case_study_outcome_measure_key UNIQUE (thread_id, measure_id),
        CONSTRAINT case_study_outcome_statistic_check CHECK (statistic IN ('MEAN', 'MEDIAN')),
        CONSTRAINT case_study_outcome_group_check
          CHECK (participants_completed >= 5 AND participants_started >= participants_completed),
        CONSTRAINT case_study_outcome_dates_check CHECK (after_on >= before_on)
      )
    `);
    await q.query(`CREATE INDEX case_study_outcome_measure_idx ON case_study_outcome (measure_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_study_outcome`);
    await q.query(`DROP INDEX case_study_six_ways_idx`);
    await q.query(`
      ALTER TABLE case_study DROP CONSTRAINT case_study_evidence_type_check,
        DROP COLUMN evidence_type, DROP COLUMN evidence_link, DROP COLUMN six_ways, DROP COLUMN participants
    `);
    await q.query(`DROP TABLE outcome_measure`);
  }
}
