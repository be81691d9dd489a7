// The digest's links, which work without signing in (the member's link secret is the credential):
// - /digests/unsubscribe/:token — GET shows a page asking to confirm (link scanners that follow every link
//   must not unsubscribe anyone); POST unsubscribes. Mail programs' one-click unsubscribe (RFC 8058:
//   List-Unsubscribe-Post: List-Unsubscribe=One-Click) POSTs to the same address.
// - /digests/view/:id/:token — the digest as sent ("view in browser").
// Pages are small server-rendered HTML, with a CSP of their own that allows the email's inline styles only.
import { Controller, Get, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { escapeHtml } from '../mail/mail-templates';
import { RateLimit } from '../rate-limits/rate-limit.guard';
import { DigestsService } from './digests.service';

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function htmlHeaders(res: Response): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Cache-Control', 'private, no-store');
  // The secret is in the address: never send it on to another site.
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function page(res: Response, title: string, body: string): string {
  htmlHeaders(res);
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Heritage CoP</title>${ICON}</head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c; max-width: 40em; margin: 0 auto; padding: 16px">',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    '</main>',
    '</body></html>',
  ].join('\n');
}

/** The site's icon (a browser asks for /favicon.ico, which there is none of, without it). */
const ICON = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

const BUTTON =
  'style="font-size: 19px; padding: 8px 12px; background: #00703c; color: #fff; border: 0; border-bottom: 2px solid #002d18; cursor: pointer"';

const settingsLink =
  '<p><a href="/notifications/settings">Change your digest and notification settings</a> (you will be asked to sign in).</p>';

function notWorking(res: Response): string {
  res.status(404);
  return page(
    res,
    'This link does not work',
    '<p>The link may have been copied wrongly, or replaced by a newer one.</p>' + settingsLink,
  );
}

@Controller('digests')
export class DigestsController {
  constructor(private readonly digests: DigestsService) {}

  @Public()
  @Get('unsubscribe/:token')
  async confirmPage(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!(await this.digests.tokenWorks(token))) return notWorking(res);
    return page(
      res,
      'Unsubscribe from the email digest',
      '<p>You will no longer get the community’s digest email. Other emails about your account are not affected.</p>' +
        `<form method="post" action="/digests/unsubscribe/${escapeHtml(token)}"><button type="submit" ${BUTTON}>Unsubscribe</button></form>`,
    );
  }

  @Public()
  @RateLimit('LINK')
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!(await this.digests.unsubscribe(token))) return notWorking(res);
    return page(res, 'You have unsubscribed', '<p>We will not send you the digest email any more.</p>' + settingsLink);
  }

  @Public()
  @Get('view/:id/:token')
  async view(
    @Param('id') id: string,
    @Param('token') token: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.digests.viewInBrowser(id, token);
    if (html === undefined) throw new NotFoundException('We could not find that digest');
    htmlHeaders(res);
    return html.replace('</head>', `${ICON}</head>`);
  }
}
