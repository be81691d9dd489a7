// Every email the service sends, as plain text and HTML. Links are absolute (PUBLIC_URL).
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

type Block = string | { link: string; label: string } | { quote: string };

/** Builds both versions from the same blocks, so they never say different things. */
function compose(subject: string, greeting: string, blocks: Block[]): RenderedMail {
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

  applicationRejected: (name: string, reason: string) =>
    compose('Your application to join the community', `Dear ${name},`, [
      'Thank you for your interest in the Heritage and Social Prescribing Community of Practice. We are unable to accept your application. The reviewer gave this reason:',
      { quote: reason },
      'If you have questions, reply to this email.',
    ]),

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

  emailChanged: (name: string, newEmail: string) =>
    compose('Your email address was changed', `Dear ${name},`, [
      `The email address for your Heritage CoP account is now ${newEmail}. If this was not you, contact the community administrators straight away.`,
    ]),
};
