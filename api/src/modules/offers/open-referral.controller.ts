// Open Referral UK (HSDS 3.0 UK profile) over plain HTTP, public and read-only, so councils' directories and
// social-prescribing tools can import heritage offers: GET /open-referral (about), /open-referral/services
// (paged: page, per_page), /open-referral/services/{id} (fully nested), /open-referral/taxonomy_terms. Only
// published, PUBLIC offers confirmed within 12 months appear. CORS is open, as the profile requires.
import { OfferVisibility } from '@heritage/shared';
import { Controller, Get, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { IdParam } from '../../common/validation/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { allTaxonomyTerms, toService, toServiceListItem } from './open-referral.mapper';
import { canSeeOffer } from './offers.policy';
import { OffersRepository } from './offers.repository';

export const OPEN_REFERRAL_PER_PAGE = { default: 50, max: 100 } as const;

function pageNumber(value: unknown, fallback: number, max: number): number | undefined {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

function page<T>(contents: T[], total: number, pageNo: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNo,
    size: contents.length,
    first_page: pageNo === 1,
    last_page: pageNo >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

@Controller('open-referral')
export class OpenReferralController {
  constructor(
    private readonly offers: OffersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private open(res: Response): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
  }

  @Public()
  @Get()
  about(@Res({ passthrough: true }) res: Response) {
    this.open(res);
    return {
      version: '3.0',
      profile: 'https://github.com/openreferraluk/uk-profile',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
    };
  }

  @Public()
  @Get('services')
  async services(
    @Query('page') pageParam: unknown,
    @Query('per_page') perPageParam: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const pageNo = pageNumber(pageParam, 1, 100_000);
    const perPage = pageNumber(perPageParam, OPEN_REFERRAL_PER_PAGE.default, OPEN_REFERRAL_PER_PAGE.max);
    if (pageNo === undefined || perPage === undefined) {
      res.status(400);
      return {
        error: `page must be a whole number from 1, and per_page from 1 to ${OPEN_REFERRAL_PER_PAGE.max}`,
      };
    }
    this.open(res);
    const { total, rows } = await this.offers.openReferralPage((pageNo - 1) * perPage, perPage);
    return page(
      rows.map((offer) => toServiceListItem(offer, this.config.publicUrl)),
      total,
      pageNo,
      perPage,
    );
  }

  @Public()
  @Get('services/:id')
  async service(@IdParam('id', 'service') id: string, @Res({ passthrough: true }) res: Response) {
    const offer = await this.offers.findById(id);
    // What a visitor may see, and public: the same rule as the listing.
    if (!offer || offer.visibility !== OfferVisibility.Public || !canSeeOffer(undefined, offer)) {
      throw new NotFoundException('We could not find that service');
    }
    this.open(res);
    return toService(offer, this.config.publicUrl);
  }

  @Public()
  @Get('taxonomy_terms')
  taxonomyTerms(@Res({ passthrough: true }) res: Response) {
    this.open(res);
    const terms = allTaxonomyTerms();
    return page(terms, terms.length, 1, Math.max(terms.length, 1));
  }
}
