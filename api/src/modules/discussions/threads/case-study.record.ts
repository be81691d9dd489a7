// A case_study row (one per CASE_STUDY thread) as repositories read it, and the select list that reads it,
// so every query that joins case_study reads the same shape.

import type { ActivityType, EvidenceType, HeritageSetting, SixWay, WellbeingBenefit } from '@heritage/shared';
import { OUTCOMES_JSON, type OutcomeRecord } from '../../evidence/outcome.model';

/** A case_study row as repositories read it. */
export interface CaseStudyRecord {
  threadId: string;
  setting: HeritageSetting;
  activityTypes: ActivityType[];
  referralRoute: string;
  groupSize: number | null;
  duration: string;
  benefits: WellbeingBenefit[];
  measurement: string;
  whatWorked: string;
  wouldChange: string;
  sixWays: SixWay[];
  evidenceType: EvidenceType | null;
  evidenceLink: string;
  outcomes: OutcomeRecord[];
}

/** The select list that reads a CaseStudyRecord from `case_study cs`. */
export const CASE_STUDY_COLUMNS = `cs.thread_id AS "threadId", cs.setting, cs.activity_types AS "activityTypes",
  cs.referral_route AS "referralRoute", cs.group_size AS "groupSize", cs.duration, cs.benefits, cs.measurement,
  cs.what_worked AS "whatWorked", cs.would_change AS "wouldChange", cs.six_ways AS "sixWays",
  cs.evidence_type AS "evidenceType", cs.evidence_link AS "evidenceLink", ${OUTCOMES_JSON} AS outcomes`;

/** The fields an author writes (everything but the thread id; the outcomes are saved by the evidence module). */
export type CaseStudyFields = Omit<CaseStudyRecord, 'threadId' | 'outcomes'>;
