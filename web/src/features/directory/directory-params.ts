// The directory's state lives in the address, so a search can be shared or bookmarked and Back undoes it:
// ?search=…&sector=…&region=…&interest=…&referrals=yes, plus one `after` per page turned (a stack of keyset
// cursors: the last is the current page's, and dropping it goes back a page). Unknown values are ignored.
import type { Region, Sector, WellbeingBenefit } from '../../gql/graphql';
import { isInterest, isRegion, isSector } from '../../components/member-labels';

export interface DirectoryFilters {
  search: string;
  sector: Sector | null;
  region: Region | null;
  interest: WellbeingBenefit | null;
  takesReferrals: boolean;
}

export const NO_FILTERS: DirectoryFilters = {
  search: '',
  sector: null,
  region: null,
  interest: null,
  takesReferrals: false,
};

export function readFilters(params: URLSearchParams): DirectoryFilters {
  const sector = params.get('sector');
  const region = params.get('region');
  const interest = params.get('interest');
  return {
    search: params.get('search') ?? '',
    sector: isSector(sector) ? sector : null,
    region: isRegion(region) ? region : null,
    interest: isInterest(interest) ? interest : null,
    takesReferrals: params.get('referrals') === 'yes',
  };
}

/** The address for these filters, on the first page. */
export function filterParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('search', search);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.region) params.set('region', filters.region);
  if (filters.interest) params.set('interest', filters.interest);
  if (filters.takesReferrals) params.set('referrals', 'yes');
  return params;
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return filterParams(filters).toString() !== '';
}

/** The cursors of the pages turned so far; the last one asks for the current page. */
export function readCursors(params: URLSearchParams): string[] {
  return params.getAll('after').filter(Boolean);
}

export const DIRECTORY_PATH = '/directory';

/** The directory's address for these filters and this stack of cursors. */
export function directoryHref(filters: DirectoryFilters, cursors: string[] = []): string {
  const params = filterParams(filters);
  for (const cursor of cursors) params.append('after', cursor);
  const query = params.toString();
  return query ? `${DIRECTORY_PATH}?${query}` : DIRECTORY_PATH;
}
