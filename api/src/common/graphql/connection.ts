// Relay-style connections with keyset cursors. A cursor encodes the sort key of the last row, so page N
// costs what page 1 costs (no OFFSET). `first` is capped by LIMITS.pageSizeMax; `after` is checked by the
// connection's CursorCodec.
import { LIMITS } from '@heritage/shared';
import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { UserInputError } from '../errors/app-errors';
import { isUuid } from '../validation/uuid';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.pageSizeMax}.` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Ask for at least 1 item' })
  @Max(LIMITS.pageSizeMax, { message: `Ask for at most ${LIMITS.pageSizeMax} items` })
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}

export function pageSize(args: PageArgs): number {
  return args.first ?? LIMITS.pageSizeDefault;
}

const BAD_CURSOR = 'That page link is not valid. Go back to the first page.';

/** One position of a cursor's key: what it holds, checked before it goes back into SQL as a typed parameter. */
export interface CursorPart<T> {
  readonly name: string;
  is(value: unknown): value is T;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2}){0,2})$/;

/** A real calendar date and time (PostgreSQL's `::text` or ISO form): "2025-02-30" would fail the cast. */
function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** The parts cursors are made of. Text parts refuse NUL (PostgreSQL cannot store it) and long values. */
export const Part = {
  timestamp: { name: 'timestamp', is: isDateTime } as CursorPart<string>,
  uuid: { name: 'uuid', is: (v: unknown): v is string => isUuid(v) } as CursorPart<string>,
  /** A non-negative PostgreSQL `int`. */
  int: {
    name: 'int',
    is: (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31 - 1,
  } as CursorPart<number>,
  /** A non-negative `bigint` in its text form. */
  bigint: {
    name: 'bigint',
    is: (v: unknown): v is string => typeof v === 'string' && /^\d{1,18}$/.test(v),
  } as CursorPart<string>,
  /** PostgreSQL's text form of a non-negative real: 0, 0.1, 1.5e-05, 3.4028235e+38. */
  real: {
    name: 'real',
    is: (v: unknown): v is string => typeof v === 'string' && /^\d{1,40}(\.\d{1,40})?(e[+-]\d{1,3})?$/.test(v),
  } as CursorPart<string>,
  bool: { name: 'bool', is: (v: unknown): v is boolean => typeof v === 'boolean' } as CursorPart<boolean>,
  text: {
    name: 'text',
    is: (v: unknown): v is string => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
  } as CursorPart<string>,
} as const;

type KeyOf<P extends readonly CursorPart<unknown>[]> = {
  -readonly [I in keyof P]: P[I] extends CursorPart<infer T> ? T : never;
};

/**
 * The one cursor codec. A cursor is base64url JSON of `[connection, ...key]`: decoding refuses anything this
 * connection did not issue (not JSON, another connection's cursor, a part of the wrong type) with
 * BAD_USER_INPUT on `after`, so a forged cursor never reaches SQL. Cursors are not signed: they hold only the
 * sort key of a row the caller was shown, and the query re-applies every visibility rule, so a hand-made but
 * well-typed cursor can only choose where a page starts.
 */
export class CursorCodec<K extends unknown[]> {
  private readonly parts: readonly CursorPart<unknown>[];

  constructor(
    readonly connection: string,
    parts: readonly CursorPart<unknown>[],
  ) {
    this.parts = parts;
  }

  encode(key: K): string {
    return Buffer.from(JSON.stringify([this.connection, ...key])).toString('base64url');
  }

  /** The key of `after`, checked; undefined for the first page. */
  decode(after: string | null | undefined): K | undefined {
    if (after === undefined || after === null) return undefined;
    let decoded: unknown;
    try {
      decoded = after.length <= 2000 ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : undefined;
    } catch {
      decoded = undefined;
    }
    if (
      Array.isArray(decoded) &&
      decoded.length === this.parts.length + 1 &&
      decoded[0] === this.connection &&
      this.parts.every((part, i) => part.is(decoded[i + 1]))
    ) {
      return decoded.slice(1) as K;
    }
    throw UserInputError.field('after', BAD_CURSOR);
  }
}

/** A codec for one connection, e.g. `cursorCodec('events', Part.timestamp, Part.uuid)`. */
export function cursorCodec<P extends CursorPart<unknown>[]>(connection: string, ...parts: P): CursorCodec<KeyOf<P>> {
  return new CursorCodec<KeyOf<P>>(connection, parts);
}

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<R, T, K extends unknown[]>(
  rows: R[],
  limit: number,
  codec: CursorCodec<K>,
  key: (row: R) => K,
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: codec.encode(key(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
