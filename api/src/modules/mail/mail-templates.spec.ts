import { mailTemplates } from './mail-templates';

describe('emails that invite a reply', () => {
  it('invite it only with a reply address, and carry that address as Reply-To', () => {
    const withReply = mailTemplates.applicationRejected('Joan', 'Outside the UK.', 'membership@example.org');
    expect(withReply.replyTo).toBe('membership@example.org');
    expect(withReply.text).toContain('If you have questions, reply to this email.');

    const noReply = mailTemplates.applicationRejected('Joan', 'Outside the UK.');
    expect(noReply.replyTo).toBeUndefined();
    expect(noReply.text).not.toMatch(/reply to this email/i);
    expect(noReply.text).toContain('Replies to this email are not read.');
  });

  it('point a member whose address was changed by someone else to a reply only when one is read', () => {
    expect(mailTemplates.emailChanged('Ada', 'new@example.org', 'admins@example.org')).toMatchObject({
      replyTo: 'admins@example.org',
      text: expect.stringContaining('If this was not you, reply to this email straight away.') as unknown,
    });
    const noReply = mailTemplates.emailChanged('Ada', 'new@example.org');
    expect(noReply.replyTo).toBeUndefined();
    expect(noReply.text).toContain('contact the community administrators straight away');
  });

  it('leave Reply-To off every other email', () => {
    expect(mailTemplates.applicationReceived('Joan').replyTo).toBeUndefined();
    expect(mailTemplates.passwordReset('Joan', 'https://x.example/r', 1).replyTo).toBeUndefined();
  });
});
