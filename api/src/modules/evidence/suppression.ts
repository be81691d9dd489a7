// Small-number suppression: an aggregate built from fewer than 5 case studies or fewer than 10 participants
// is never sent as a number, only as "fewer than …", so no client can read a small group's figures. Applied
// here, in the API, before anything becomes a GraphQL object: the raw counts never leave the service.
import { EVIDENCE_LIMITS } from '@heritage/shared';

const L = EVIDENCE_LIMITS;

/** Why a count is hidden. */
export enum FewerThanWhat {
  CaseStudies = 'CASE_STUDIES',
  Participants = 'PARTICIPANTS',
}

/** A count as members may see it: the number, or only that its cell is below a threshold. */
export interface ShownCount {
  /** Null when suppressed. */
  value: number | null;
  /** When suppressed, the threshold the cell is below (with `fewerThanWhat`); otherwise null. */
  fewerThan: number | null;
  fewerThanWhat: FewerThanWhat | null;
  /** "23", or "fewer than 5 case studies" / "fewer than 10 participants". */
  text: string;
}

export function shown(value: number): ShownCount {
  return { value, fewerThan: null, fewerThanWhat: null, text: value.toLocaleString('en-GB') };
}

const STUDIES_HIDDEN: ShownCount = {
  value: null,
  fewerThan: L.suppressStudiesBelow,
  fewerThanWhat: FewerThanWhat.CaseStudies,
  text: `fewer than ${L.suppressStudiesBelow} case studies`,
};

const PARTICIPANTS_HIDDEN: ShownCount = {
  value: null,
  fewerThan: L.suppressParticipantsBelow,
  fewerThanWhat: FewerThanWhat.Participants,
  text: `fewer than ${L.suppressParticipantsBelow} participants`,
};

/** Why a cell built from `studies` case studies and `participants` participants is hidden, if it is. */
export function hiddenBecause(studies: number, participants: number): ShownCount | null {
  if (studies < L.suppressStudiesBelow) return STUDIES_HIDDEN;
  if (participants < L.suppressParticipantsBelow) return PARTICIPANTS_HIDDEN;
  return null;
}

/** The number of case studies in a cell. */
export function studiesCell(studies: number): ShownCount {
  return studies < L.suppressStudiesBelow ? STUDIES_HIDDEN : shown(studies);
}

/** The number of participants in a cell: hidden when the cell has too few studies or too few people. */
export function participantsCell(studies: number, participants: number): ShownCount {
  return hiddenBecause(studies, participants) ?? shown(participants);
}
