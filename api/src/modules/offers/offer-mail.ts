// The emails of heritage offers: review outcomes, the 6-month "please confirm" reminder, referral enquiries
// (to the organisation, with the link that answers; again with a new link when the link worker follows up) and answers (to the link worker). Enquiry emails carry the
// question's text, which the personal-data guard has checked: never anything about the person referred.
import { compose } from '../mail/mail-templates';

export const offerMail = {
  published: (name: string, title: string, link: string) =>
    compose(`Your offer “${title}” is published`, `Dear ${name},`, [
      'An administrator has reviewed your heritage offer and it is now in the directory, where link workers can find it.',
      { link, label: 'See your offer' },
    ]),

  rejected: (name: string, title: string, reason: string, link: string) =>
    compose(`Your offer “${title}” was not published`, `Dear ${name},`, [
      'An administrator has reviewed your heritage offer and has not published it, for this reason:',
      { quote: reason },
      'You can edit the offer and it will be reviewed again.',
      { link, label: 'Edit your offer' },
    ]),

  confirmReminder: (name: string, title: string, link: string) =>
    compose(`Is “${title}” still running?`, `Dear ${name},`, [
      'Your heritage offer has not been confirmed for 6 months, so readers now see that it may be out of date.',
      'Please check the details and confirm them, or edit them. After 12 months unconfirmed it is hidden until confirmed.',
      { link, label: 'Check and confirm your offer' },
    ]),

  enquiry: (title: string, question: string, answerLink: string) =>
    compose(`Referral enquiry about “${title}”`, 'Hello,', [
      'A link worker in the Heritage and Social Prescribing Community of Practice asks about your offer:',
      { quote: question },
      'The enquiry holds no details of the person. Answer through the platform with this link (no sign-in needed):',
      { link: answerLink, label: 'Answer the enquiry' },
    ]),

  followUp: (title: string, message: string, answerLink: string) =>
    compose(`Follow-up to a referral enquiry about “${title}”`, 'Hello,', [
      'The link worker who asked about your offer has written again:',
      { quote: message },
      'Answer through the platform with this link (no sign-in needed). Links in earlier emails about this enquiry no longer work.',
      { link: answerLink, label: 'Answer the enquiry' },
    ]),

  answered: (name: string, title: string, link: string) =>
    compose(`An answer about “${title}”`, `Dear ${name},`, [
      'The organisation has answered your referral enquiry.',
      { link, label: 'Read the answer' },
    ]),
};
