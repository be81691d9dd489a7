// Referral enquiries: a signed-in link worker asks an offer's organisation about space, with no details of the
// person (NHS numbers refused whatever is confirmed; a name with an age warned until confirmed); the
// organisation is emailed a link and answers from it without signing in, or answers in the platform; both
// sides see the thread, nobody else does; only counts reach the offer's managers.
import { Role } from '@heritage/shared';
import { startTestApp, type TestApp } from './app';
import { type Signed, signedIn } from './event-fixtures';
import { startGeocoder, type TestGeocoder } from './geocoder';
import { Session } from './gql';
import { graphql } from './graphql';
import { codeOf, createOffer, fieldsOf, ONE_OFFER, type OfferView, publishedOffer } from './offer-fixtures';
import { startSmtp, type TestSmtp } from './smtp';

graphql(`
  fragment OfferEnquiriesThread on OfferEnquiry {
    id
    offerId
    offerTitle
    authorName
    answeredAt
    viewerSide
    messages {
      side
      authorName
      body
    }
  }
`);
const SEND = graphql(`
  mutation OfferEnquiriesSend($input: SendOfferEnquiryInput!) {
    sendOfferEnquiry(input: $input) {
      enquiry {
        ...OfferEnquiriesThread
      }
    }
  }
`);
const REPLY = graphql(`
  mutation OfferEnquiriesReply($input: ReplyToOfferEnquiryInput!) {
    replyToOfferEnquiry(input: $input) {
      enquiry {
        ...OfferEnquiriesThread
      }
    }
  }
`);
const ANSWER = graphql(`
  mutation OfferEnquiriesAnswerByLink($input: AnswerOfferEnquiryByLinkInput!) {
    answerOfferEnquiryByLink(input: $input) {
      enquiry {
        ...OfferEnquiriesThread
      }
    }
  }
`);
const ONE = graphql(`
  query OfferEnquiriesOne($id: ID!) {
    offerEnquiry(id: $id) {
      ...OfferEnquiriesThread
    }
  }
`);
const BY_LINK = graphql(`
  query OfferEnquiriesByLink($token: String!) {
    offerEnquiryByLink(token: $token) {
      ...OfferEnquiriesThread
    }
  }
`);
const FOR_OFFER = graphql(`
  query OfferEnquiriesForOffer($offerId: ID!) {
    offerEnquiries(offerId: $offerId) {
      nodes {
        id
        messages {
          body
        }
      }
    }
  }
`);
const MINE = graphql(`
  query OfferEnquiriesMine {
    myOfferEnquiries {
      nodes {
        id
        offerTitle
      }
    }
  }
`);
const DELETE_ACCOUNT = graphql(`
  mutation OfferEnquiriesDeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

describe('offer enquiries', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let geocoder: TestGeocoder;
  let admin: Signed;
  let owner: Signed;
  let linkWorker: Signed;
  let bystander: Signed;
  let offer: OfferView;

  const enquiries = async () =>
    Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM offer_enquiry`))[0].n);

  beforeAll(async () => {
    smtp = await startSmtp();
    geocoder = await startGeocoder();
    t = await startTestApp({ SMTP_URL: smtp.url, GEOCODER_URL: geocoder.url });
    admin = await signedIn(t, [Role.Member, Role.Admin]);
    owner = await signedIn(t);
    linkWorker = await signedIn(t, [Role.Member], { displayName: 'Lina Linkworker' });
    bystander = await signedIn(t);
    offer = await publishedOffer(owner.session, admin.session, {
      title: 'Reminiscence with objects',
      contactEmail: 'bookings@museum.example.org',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await geocoder.close();
  });

  it('warns of a name with an age and blocks an NHS number, saving nothing', async () => {
    const warned = await linkWorker.session.gql(SEND, {
      input: { offerId: offer.id, body: 'Do you have space for Margaret Jones, 82, on Tuesdays?' },
    });
    expect(codeOf(warned)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(warned)).toEqual(['body', 'confirmPersonalData']);
    const blocked = await linkWorker.session.gql(SEND, {
      input: { offerId: offer.id, body: 'Patient NHS number 943 476 5919', confirmPersonalData: true },
    });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blocked)).toEqual(['body']);
    const oversized = await linkWorker.session.gql(SEND, { input: { offerId: offer.id, body: 'x'.repeat(2001) } });
    expect(fieldsOf(oversized)).toEqual(['body']);
    expect(await enquiries()).toBe(0);
  });

  it('refuses visitors, and enquiries about offers the member cannot see or that are not published', async () => {
    const body = 'Do you have space for someone who would benefit from a quiet group?';
    expect(codeOf(await new Session(t.url).gql(SEND, { input: { offerId: offer.id, body } }))).toBe('UNAUTHENTICATED');
    const pending = await createOffer(owner.session, { title: 'Not yet reviewed' });
    expect(codeOf(await linkWorker.session.gql(SEND, { input: { offerId: pending.id, body } }))).toBe('NOT_FOUND');
    expect(codeOf(await owner.session.gql(SEND, { input: { offerId: pending.id, body } }))).toBe('FORBIDDEN');
    expect(await enquiries()).toBe(0);
  });

  it('emails the organisation a link it answers from; both sides see the thread; nobody else does', async () => {
    const question = 'Do you have space for someone who would benefit from a quiet, seated group?';
    const sent = await linkWorker.session.gql(SEND, {
      input: { offerId: offer.id, body: question },
    });
    expect(sent.body.errors).toBeUndefined();
    const enquiry = sent.body.data!.sendOfferEnquiry.enquiry;
    expect(enquiry).toMatchObject({ viewerSide: 'LINK_WORKER', answeredAt: null });
    const mail = await smtp.waitFor((m) => m.to === 'bookings@museum.example.org');
    expect(mail.text).toContain(question);
    const token = /\/offers\/enquiries\/answer\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const visitor = new Session(t.url);
    const opened = await visitor.gql(BY_LINK, { token: token! });
    expect(opened.body.data?.offerEnquiryByLink).toMatchObject({ viewerSide: 'ORGANISATION' });
    expect(codeOf(await visitor.gql(BY_LINK, { token: 'x'.repeat(43) }))).toBe('NOT_FOUND');
    const badAnswer = await visitor.gql(ANSWER, { input: { token: token!, body: 'Ring me about NHS 943 476 5919' } });
    expect(codeOf(badAnswer)).toBe('BAD_USER_INPUT');
    const answered = await visitor.gql(ANSWER, {
      input: { token: token!, body: 'Yes, two places on Tuesdays from next month.' },
    });
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data?.answerOfferEnquiryByLink.enquiry.messages).toEqual([
      { side: 'LINK_WORKER', authorName: 'Lina Linkworker', body: question },
      { side: 'ORGANISATION', authorName: null, body: 'Yes, two places on Tuesdays from next month.' },
    ]);
    const told = await smtp.waitFor((m) => m.to === linkWorker.member.email && /An answer/.test(m.subject));
    expect(told.text).toContain(`/offers/enquiries/${enquiry.id}`);
    expect(told.text).not.toContain('two places');

    const asAuthor = await linkWorker.session.gql(ONE, { id: enquiry.id });
    expect(asAuthor.body.data?.offerEnquiry.messages).toHaveLength(2);
    expect(asAuthor.body.data?.offerEnquiry.answeredAt).not.toBeNull();
    const asOwner = await owner.session.gql(ONE, { id: enquiry.id });
    expect(asOwner.body.data?.offerEnquiry.viewerSide).toBe('ORGANISATION');
    expect(codeOf(await bystander.session.gql(ONE, { id: enquiry.id }))).toBe('NOT_FOUND');
    expect(codeOf(await bystander.session.gql(REPLY, { input: { enquiryId: enquiry.id, body: 'Hi' } }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await bystander.session.gql(FOR_OFFER, { offerId: offer.id }))).toBe('FORBIDDEN');

    // In the platform: the owner answers too, and the link worker follows up.
    const reply = await owner.session.gql(REPLY, {
      input: { enquiryId: enquiry.id, body: 'Bring a friend if that helps.' },
    });
    expect(reply.body.data?.replyToOfferEnquiry.enquiry.messages.at(-1)).toMatchObject({ side: 'ORGANISATION' });
    const follow = await linkWorker.session.gql(REPLY, {
      input: { enquiryId: enquiry.id, body: 'Thank you, I will pass that on.' },
    });
    expect(follow.body.data?.replyToOfferEnquiry.enquiry.messages.at(-1)).toMatchObject({ side: 'LINK_WORKER' });
    // The organisation is emailed the follow-up with a new link; the first email's link stops working.
    const followUp = await smtp.waitFor(
      (m) => m.to === 'bookings@museum.example.org' && /Follow-up/.test(m.subject) && m.text.includes('pass that on'),
    );
    const newToken = /\/offers\/enquiries\/answer\/([A-Za-z0-9_-]+)/.exec(followUp.text)?.[1];
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(token);
    expect(codeOf(await visitor.gql(BY_LINK, { token: token! }))).toBe('NOT_FOUND');
    const again = await visitor.gql(ANSWER, {
      input: { token: newToken!, body: 'You are welcome.' },
    });
    expect(again.body.data?.answerOfferEnquiryByLink.enquiry.messages.at(-1)).toMatchObject({
      side: 'ORGANISATION',
      body: 'You are welcome.',
    });

    const list = await owner.session.gql(FOR_OFFER, {
      offerId: offer.id,
    });
    expect(list.body.data?.offerEnquiries.nodes.map((n) => n.id)).toEqual([enquiry.id]);
    const mine = await linkWorker.session.gql(MINE);
    expect(mine.body.data?.myOfferEnquiries.nodes.map((n) => n.id)).toEqual([enquiry.id]);

    // Counts, never content, for reporting: the managers see them; readers do not.
    const counted = await owner.session.gql(ONE_OFFER, { id: offer.id });
    expect(counted.body.data?.offer.enquiryCounts).toEqual({ enquiries: 1, answered: 1 });
    const read = await bystander.session.gql(ONE_OFFER, { id: offer.id });
    expect(read.body.data?.offer.enquiryCounts).toBeNull();
  });

  it('exports offers, enquiries and messages; erasure keeps the offer ownerless, deletes their enquiries', async () => {
    const keeper = await signedIn(t);
    const worker = await signedIn(t);
    const own = await publishedOffer(keeper.session, admin.session, {
      title: 'Gardening at the walled garden',
      contactEmail: keeper.member.email,
    });
    const sent = await worker.session.gql(SEND, {
      input: { offerId: own.id, body: 'Is there room on Tuesdays for a quiet gardener?' },
    });
    expect(sent.body.errors).toBeUndefined();
    const enquiry = sent.body.data!.sendOfferEnquiry.enquiry;
    const answer = 'Yes, Tuesdays have room.';
    expect(
      (await keeper.session.gql(REPLY, { input: { enquiryId: enquiry.id, body: answer } })).body.errors,
    ).toBeUndefined();
    // And the keeper's own enquiry about another organisation's offer.
    const asked = await keeper.session.gql(SEND, {
      input: { offerId: offer.id, body: 'Could a small group visit together?' },
    });
    const keepersEnquiry = asked.body.data!.sendOfferEnquiry.enquiry;

    type Section = { offers: { owned: { id: string }[]; enquiries: { id: string }[]; messages: { body: string }[] } };
    const exported = async (session: Session) =>
      (await (await fetch(`${t.url}/account/export`, { headers: { cookie: session.cookie } })).json()) as Section;
    const keepers = (await exported(keeper.session)).offers;
    expect(keepers.owned.map((o) => o.id)).toEqual([own.id]);
    expect(keepers.enquiries.map((e) => e.id)).toEqual([keepersEnquiry.id]);
    expect(keepers.messages.map((m) => m.body)).toEqual([answer, 'Could a small group visit together?']);
    const workers = await exported(worker.session);
    expect(workers.offers.enquiries.map((e) => e.id)).toEqual([enquiry.id]);
    expect(JSON.stringify(workers)).not.toMatch(/answer_token|answerToken/);

    expect((await keeper.session.gql(DELETE_ACCOUNT, { password: keeper.member.password })).body).toEqual({
      data: { deleteAccount: true },
    });
    // Their offer stays published for its organisation, with no owner and without their address.
    const [kept] = await t.dataSource.query<
      { owner_id: string | null; status: string; contact_email: string | null }[]
    >(`SELECT owner_id, status, contact_email FROM offer WHERE id = $1`, [own.id]);
    expect(kept).toEqual({ owner_id: null, status: 'PUBLISHED', contact_email: null });
    // Their enquiry is gone; their answer in the worker's enquiry stays under "Former member".
    expect(await t.dataSource.query(`SELECT 1 FROM offer_enquiry WHERE id = $1`, [keepersEnquiry.id])).toEqual([]);
    const thread = await worker.session.gql(ONE, { id: enquiry.id });
    expect(thread.body.data?.offerEnquiry.messages.at(-1)).toEqual({
      side: 'ORGANISATION',
      authorName: 'Former member',
      body: answer,
    });

    expect((await worker.session.gql(DELETE_ACCOUNT, { password: worker.member.password })).body).toEqual({
      data: { deleteAccount: true },
    });
    expect(await t.dataSource.query(`SELECT 1 FROM offer_enquiry WHERE id = $1`, [enquiry.id])).toEqual([]);
    // The admin's review stays on the offer (an admin's act, like the audit log's actors).
    const [{ reviewed }] = await t.dataSource.query<{ reviewed: string }[]>(
      `SELECT reviewed_by_id AS reviewed FROM offer WHERE id = $1`,
      [own.id],
    );
    expect(reviewed).toBe(admin.member.id);
  });
});
