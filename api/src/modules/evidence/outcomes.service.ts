// A case study's evidence: its type and link, and its outcome figures checked against each measure's scale.
// The discussions module calls check() before its transaction (every problem at once, as field errors named
// as the thread form's: caseStudy.outcomes.0.before) and save() inside it.
import { DOI_PATTERN, EvidenceType, type FieldError } from '@heritage/shared';
import { Injectable } from '@nestjs/common';
import { UserInputError } from '../../common/errors/app-errors';
import type { Tx } from '../../database/unit-of-work';
import type { OutcomeInput } from './dto/outcome.input';
import { MeasuresRepository } from './measures.repository';
import type { OutcomeFields } from './outcome.model';
import { OutcomesRepository } from './outcomes.repository';

export interface EvidenceInput {
  evidenceType?: EvidenceType | null;
  evidenceLink?: string | null;
  outcomes?: OutcomeInput[] | null;
}

const PREFIX = 'caseStudy';
const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** YYYY-MM-DD as a real calendar date (not 2026-02-30) from 1950 to 2999, in UTC; null otherwise. */
export function dateOf(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
  const year = date.getUTCFullYear();
  return year >= 1950 && year <= 2999 ? date : null;
}

/** A web address (https or http) or a DOI. */
export function isEvidenceLink(text: string): boolean {
  if (DOI_PATTERN.test(text)) return true;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

@Injectable()
export class OutcomesService {
  constructor(
    private readonly measures: MeasuresRepository,
    private readonly outcomes: OutcomesRepository,
  ) {}

  /** The outcomes to save, or BAD_USER_INPUT with every problem. `tx`: inside the caller's unit of work. */
  async check(input: EvidenceInput, tx?: Tx, today = new Date()): Promise<OutcomeFields[]> {
    const problems: FieldError[] = [];
    const link = input.evidenceLink ?? '';
    if (link && !isEvidenceLink(link)) {
      problems.push({
        field: `${PREFIX}.evidenceLink`,
        message: 'Enter a web address starting https:// or a DOI such as 10.1234/abcd',
      });
    }
    if (input.evidenceType === EvidenceType.PublishedResearch && !link) {
      problems.push({ field: `${PREFIX}.evidenceLink`, message: 'Give the link or DOI of the published research' });
    }
    const outcomes = input.outcomes ?? [];
    const known = new Map(
      (await this.measures.byIds([...new Set(outcomes.map((o) => o.measureId))], tx)).map((m) => [m.id, m]),
    );
    const seen = new Set<string>();
    const endOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    outcomes.forEach((o, i) => {
      const at = (field: string) => `${PREFIX}.outcomes.${i}.${field}`;
      const measure = known.get(o.measureId);
      if (!measure) problems.push({ field: at('measureId'), message: 'Choose a measure from the list' });
      else if (seen.has(measure.id)) {
        problems.push({ field: at('measureId'), message: `${measure.name} is already given: give each measure once` });
      }
      seen.add(o.measureId);
      if (o.participantsCompleted > o.participantsStarted) {
        problems.push({
          field: at('participantsCompleted'),
          message: 'The number who completed cannot be more than the number who started',
        });
      }
      if (measure) {
        const range = `between ${fmt(measure.scaleMin)} and ${fmt(measure.scaleMax)} on the ${measure.name} scale`;
        for (const key of ['before', 'after'] as const) {
          if (o[key] < measure.scaleMin || o[key] > measure.scaleMax) {
            problems.push({ field: at(key), message: `The ${key} figure must be ${range}` });
          }
        }
      }
      const before = dateOf(o.beforeOn);
      const after = dateOf(o.afterOn);
      if (!before) problems.push({ field: at('beforeOn'), message: 'Enter a real date for the before figures' });
      else if (before > endOfToday) {
        problems.push({ field: at('beforeOn'), message: 'The before date must be today or in the past' });
      }
      if (!after) problems.push({ field: at('afterOn'), message: 'Enter a real date for the after figures' });
      else if (after > endOfToday) {
        problems.push({ field: at('afterOn'), message: 'The after date must be today or in the past' });
      } else if (before && after < before) {
        problems.push({
          field: at('afterOn'),
          message: 'The after date must be the same as or later than the before date',
        });
      }
    });
    if (problems.length) throw new UserInputError(problems);
    return outcomes.map((o) => ({
      measureId: o.measureId,
      statistic: o.statistic,
      participantsStarted: o.participantsStarted,
      participantsCompleted: o.participantsCompleted,
      before: o.before,
      after: o.after,
      beforeOn: o.beforeOn,
      afterOn: o.afterOn,
    }));
  }

  save(tx: Tx, threadId: string, outcomes: readonly OutcomeFields[]): Promise<void> {
    return this.outcomes.replace(tx, threadId, outcomes);
  }
}
