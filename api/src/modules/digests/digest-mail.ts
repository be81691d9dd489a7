// The digest email, as plain text and accessible HTML built from the same sections: real headings (h1 for
// the digest, h2 per section), lists, and link text that names its destination on its own ("Read the case
// study “…”", never "click here"). Every link is absolute (PUBLIC_URL).
import { COMMUNITY_SHORT_NAME, DigestFrequency, formatEventTime } from '@heritage/shared';
import { escapeHtml, type RenderedMail } from '../mail/mail-templates';
import type { DigestEvent, DigestReplies, DigestThread } from './digests.repository';

export interface DigestContent {
  caseStudies: DigestThread[];
  updates: DigestThread[];
  discussions: DigestThread[];
  replies: DigestReplies[];
  events: DigestEvent[];
  unreadNotifications: number;
}

export interface DigestLinks {
  /** PUBLIC_URL */
  base: string;
  view: string;
  unsubscribe: string;
}

export function itemCount(c: DigestContent): number {
  return c.caseStudies.length + c.updates.length + c.discussions.length + c.replies.length + c.events.length;
}

interface Item {
  href: string;
  label: string;
  detail?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function sections(c: DigestContent, base: string): { heading: string; items: Item[] }[] {
  const thread = (id: string) => `${base}/threads/${id}`;
  return [
    {
      heading: 'Advisory group updates',
      items: c.updates.map((t) => ({
        href: thread(t.id),
        label: `Read the update “${t.title}”`,
        detail: t.summary ?? undefined,
      })),
    },
    {
      heading: 'New case studies',
      items: c.caseStudies.map((t) => ({
        href: thread(t.id),
        label: `Read the case study “${t.title}”`,
        detail: t.space,
      })),
    },
    {
      heading: 'New threads in spaces you follow',
      items: c.discussions.map((t) => ({ href: thread(t.id), label: `Read the thread “${t.title}”`, detail: t.space })),
    },
    {
      heading: 'New replies',
      items: c.replies.map((t) => ({
        href: thread(t.id),
        label: `Read ${plural(t.replies, 'new reply', 'new replies')} in “${t.title}”`,
        detail: t.space,
      })),
    },
    {
      heading: 'Upcoming events',
      items: c.events.map((e) => ({
        href: `${base}/events/${e.id}`,
        label: `See the event “${e.title}”`,
        detail: formatEventTime(new Date(e.startsAt), new Date(e.endsAt), e.timeZone),
      })),
    },
  ].filter((s) => s.items.length > 0);
}

export function renderDigest(
  name: string,
  frequency: DigestFrequency.Daily | DigestFrequency.Weekly,
  content: DigestContent,
  links: DigestLinks,
): RenderedMail {
  const period = frequency === DigestFrequency.Daily ? 'daily' : 'weekly';
  const title = `Your ${period} digest from ${COMMUNITY_SHORT_NAME}`;
  const subject = `${title}: ${plural(itemCount(content), 'new item', 'new items')}`;
  const since = frequency === DigestFrequency.Daily ? 'since yesterday’s digest' : 'since last week’s digest';
  const intro = `Hello ${name}, here is what is new in the community ${since}.`;
  const unread =
    content.unreadNotifications > 0
      ? {
          text: `You have ${plural(content.unreadNotifications, 'unread notification', 'unread notifications')}.`,
          link: { href: `${links.base}/notifications`, label: 'Open your notifications' },
        }
      : undefined;
  const body = sections(content, links.base);
  const settings = `${links.base}/notifications/settings`;
  const footer: Item[] = [
    { href: links.view, label: 'View this digest in your browser' },
    { href: settings, label: 'Change how often you get the digest' },
    { href: links.unsubscribe, label: 'Unsubscribe from the digest' },
  ];

  const text = [
    title,
    '',
    intro,
    '',
    ...(unread ? [unread.text, `${unread.link.label}: ${unread.link.href}`, ''] : []),
    ...body.flatMap((s) => [
      s.heading,
      '-'.repeat(s.heading.length),
      ...s.items.flatMap((i) => [`* ${i.label}${i.detail ? ` (${i.detail})` : ''}`, `  ${i.href}`]),
      '',
    ]),
    ...footer.flatMap((i) => [`${i.label}: ${i.href}`]),
    '',
    'Heritage and Social Prescribing Community of Practice',
  ].join('\n');

  const link = (i: Item) => `<a href="${escapeHtml(i.href)}">${escapeHtml(i.label)}</a>`;
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; max-width: 40em; margin: 0 auto; padding: 16px">',
    '<main>',
    `<h1 style="font-size: 28px">${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...(unread ? [`<p>${escapeHtml(unread.text)} ${link(unread.link)}.</p>`] : []),
    ...body.flatMap((s) => [
      `<h2 style="font-size: 22px">${escapeHtml(s.heading)}</h2>`,
      '<ul>',
      ...s.items.map((i) => `<li>${link(i)}${i.detail ? `<br>${escapeHtml(i.detail)}` : ''}</li>`),
      '</ul>',
    ]),
    '</main>',
    '<footer style="border-top: 1px solid #b1b4b6; margin-top: 32px">',
    `<ul>${footer.map((i) => `<li>${link(i)}</li>`).join('')}</ul>`,
    '<p>Heritage and Social Prescribing Community of Practice</p>',
    '</footer>',
    '</body></html>',
  ].join('\n');

  return {
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
