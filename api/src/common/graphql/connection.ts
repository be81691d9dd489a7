// Relay-style connections with keyset cursors. A cursor encodes the sort key of the last row, so page N
// costs what page 1 costs (no OFFSET). `first` is capped by LIMITS.pageSizeMax.
import { LIMITS } from '@heritage/shared';
import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { UserInputError } from '../errors/app-errors';

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

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity) return key as unknown[];
  } catch {
    // fall through
  }
  throw UserInputError.field('after', 'That page link is not valid. Go back to the first page.');
}

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  key: (row: R) => unknown[],
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
