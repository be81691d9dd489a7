// Every email the service sends, as plain text and HTML. Links are absolute (PUBLIC_URL).
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Set only on emails whose text invites a reply (the From address does not receive them). */
  replyTo?: string;
  /** Extra headers, such as List-Unsubscribe on the digest. */
  headers?: Record<string, string>;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

type Block = string | { link: string; label: string } | { quote: string };

/** Builds both versions from the same blocks, so they never say different things. */
export function compose(subject: string, greeting: string, blocks: Block[]): RenderedMail {
  const sign = 'Heritage and Social Prescribing Community of Practice';
  const text = [
    greeting,
    '',
    ...blocks.flatMap((b) =>
      typeof b === 'string' ? [b, ''] : 'link' in b ? [`${b.label}:`, b.link, ''] : [b.quote.replace(/^/gm, '> '), ''],
    ),
    sign,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en-GB"><body style="font-family: Arial, sans-serif; font-size: 16px; color: #0b0c0c">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map((b) =>
      typeof b === 'string'
        ? `<p>${escapeHtml(b)}</p>`
        : 'link' in b
          ? `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`
          : `<blockquote style="border-left: 4px solid #b1b4b6; margin: 0; padding-left: 12px">${escapeHtml(b.quote).replace(/\n/g, '<br>')}</blockquote>`,
    ),
    `<p>${escapeHtml(sign)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export const mailTemplates = {
  applicationReceived: (name: string) =>
    compose('We have received your application', `Dear ${name},`, [
      'Thank you for applying to join the Heritage and Social Prescribing Community of Practice.',
      'An administrator will review your application, usually within 5 working days. We will email you with the outcome.',
    ]),

  applicationToReview: (applicantName: string, organisation: string, link: string) =>
    compose(`New membership application from ${applicantName}`, 'Hello,', [
      `${applicantName} (${organisation}) has applied to join the community.`,
      { link, label: 'Review the application' },
    ]),

  applicationApproved: (name: string, link: string, hours: number) =>
    compose('Your application has been approved', `Dear ${name},`, [
      'Welcome to the Heritage and Social Prescribing Community of Practice. Your application has been approved.',
      `Set your password to sign in. This link works once and expires in ${hours} hours.`,
      { link, label: 'Set your password' },
    ]),

  /** With `replyTo` (MAIL_REPLY_TO) the email invites questions by reply; without, it says replies are not read. */
  applicationRejected: (name: string, reason: string, replyTo?: string): RenderedMail => ({
    ...compose('Your application to join the community', `Dear ${name},`, [
      'Thank you for your interest in the Heritage and Social Prescribing Community of Practice. We are unable to accept your application. The reviewer gave this reason:',
      { quote: reason },
      replyTo ? 'If you have questions, reply to this email.' : 'Replies to this email are not read.',
    ]),
    replyTo,
  }),

  applicationQuestion: (name: string, question: string, link: string) =>
    compose('We need more information about your application', `Dear ${name},`, [
      'Before we can decide on your application, an administrator has a question:',
      { quote: question },
      { link, label: 'Answer the question' },
    ]),

  invitation: (name: string, inviterName: string, link: string, days: number) =>
    compose('You are invited to join Heritage CoP', `Dear ${name},`, [
      `${inviterName} has invited you to join the Heritage and Social Prescribing Community of Practice.`,
      `Set a password to accept the invitation. This link works once and expires in ${days} days.`,
      { link, label: 'Accept the invitation' },
    ]),

  passwordReset: (name: string, link: string, hours: number) =>
    compose('Reset your password', `Dear ${name},`, [
      `Someone asked to reset the password for your Heritage CoP account. This link works once and expires in ${hours} hours.`,
      { link, label: 'Reset your password' },
      'If this was not you, you can ignore this email: your password has not changed.',
    ]),

  confirmEmailChange: (name: string, link: string, hours: number) =>
    compose('Confirm your new email address', `Dear ${name},`, [
      `Confirm this address for your Heritage CoP account. This link expires in ${hours} hours.`,
      { link, label: 'Confirm your new email address' },
      'If you did not ask for this, ignore this email.',
    ]),

  emailChanged: (name: string, newEmail: string, replyTo?: string): RenderedMail => ({
    ...compose('Your email address was changed', `Dear ${name},`, [
      `The email address for your Heritage CoP account is now ${newEmail}. If this was not you, ${replyTo ? 'reply to this email' : 'contact the community administrators'} straight away.`,
    ]),
    replyTo,
  }),

  // Discussion emails name the thread and link to the post, but never quote the post: posts may mention
  // people's circumstances, and email is copied and forwarded beyond the community's control.
  discussionMention: (name: string, actorName: string, threadTitle: string, link: string, settingsLink: string) =>
    compose(`${actorName} mentioned you in “${threadTitle}”`, `Dear ${name},`, [
      `${actorName} mentioned you in the discussion “${threadTitle}”.`,
      { link, label: 'Read the post' },
      { link: settingsLink, label: 'Choose which emails you get' },
    ]),

  advisoryUpdate: (name: string, threadTitle: string, summary: string, link: string, settingsLink: string) =>
    compose(`Advisory group update: ${threadTitle}`, `Dear ${name},`, [
      `The advisory group has posted an update: “${threadTitle}”.`,
      { quote: summary },
      { link, label: 'Read the update' },
      { link: settingsLink, label: 'Choose which emails you get' },
    ]),

  // Event emails: the time is written in the event's own time zone with the zone named; the join link goes
  // only to members going (the caller passes null for anyone else).
  eventGoing: (name: string, e: EventMailDetails) =>
    compose(`You are going: ${e.title}`, `Dear ${name},`, [
      `You have a place at “${e.title}”.`,
      ...eventBlocks(e),
      'If you can no longer come, change your answer on the event page so someone on the waiting list can have your place.',
    ]),

  eventPromoted: (name: string, e: EventMailDetails) =>
    compose(`A place has come up: ${e.title}`, `Dear ${name},`, [
      `A place has come free at “${e.title}” and it is yours: you have moved from the waiting list to going.`,
      ...eventBlocks(e),
      'If you can no longer come, change your answer on the event page so the next person can have the place.',
    ]),

  eventChanged: (name: string, e: EventMailDetails, changes: string[]) =>
    compose(`Event changed: ${e.title}`, `Dear ${name},`, [
      `The organisers have changed the ${changes.join(' and ')} of “${e.title}”. The details are now:`,
      ...eventBlocks(e),
    ]),

  eventCancelled: (name: string, e: EventMailDetails, reason: string) =>
    compose(`Event cancelled: ${e.title}`, `Dear ${name},`, [
      `“${e.title}” (${e.when}) has been cancelled. The organisers gave this reason:`,
      { quote: reason },
      { link: e.link, label: 'See the event' },
    ]),

  eventReminder: (name: string, e: EventMailDetails) =>
    compose(`Reminder: ${e.title} is tomorrow`, `Dear ${name},`, [
      `This is a reminder that you are going to “${e.title}”.`,
      ...eventBlocks(e),
    ]),

  eventMessage: (name: string, e: EventMailDetails, organiserName: string, subject: string, body: string) =>
    compose(`${subject} (${e.title})`, `Dear ${name},`, [
      `${organiserName}, an organiser of “${e.title}” (${e.when}), has sent this message to the people attending:`,
      { quote: body },
      { link: e.link, label: 'See the event' },
    ]),
};

/** What event emails say about the event. */
export interface EventMailDetails {
  title: string;
  /** formatEventTime(): "Tuesday, 3 March 2026, 14:00 to 15:30 (GMT, Europe/London)". */
  when: string;
  /** The venue and address, "Online", or both. */
  place: string;
  /** Members going only; null otherwise. */
  joinUrl: string | null;
  link: string;
}

function eventBlocks(e: EventMailDetails): Block[] {
  return [
    `When: ${e.when}`,
    `Where: ${e.place}`,
    ...(e.joinUrl ? [{ link: e.joinUrl, label: 'Join online' }] : []),
    { link: e.link, label: 'See the event' },
  ];
}
