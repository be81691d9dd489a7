// The accessibility statement, following the GOV.UK model statement for public sector websites.
// Keep it true: update "How accessible this website is" and the dates whenever testing finds a problem.
import { usePageTitle } from '../../components/use-page-title';

const ACCESSIBILITY_EMAIL = 'accessibility@heritage-cop.example';

function EmailLink() {
  return <a href={`mailto:${ACCESSIBILITY_EMAIL}`}>{ACCESSIBILITY_EMAIL}</a>;
}

export function AccessibilityStatementPage() {
  usePageTitle('Accessibility statement');

  return (
    <>
      <h1 tabIndex={-1}>Accessibility statement for Heritage CoP</h1>
      <p className="lead">
        This accessibility statement applies to the Heritage CoP website, the membership, discussion and events platform
        of the Heritage and Social Prescribing Community of Practice.
      </p>

      <h2>Using this website</h2>
      <p>
        This website is run by the Heritage and Social Prescribing Community of Practice. We want as many people as
        possible to be able to use this website. For example, that means you should be able to:
      </p>
      <ul className="list list--bullet">
        <li>change colours, contrast levels and fonts using browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use the website on a narrow screen, down to 320 pixels wide, without scrolling sideways</li>
        <li>navigate the whole website using just a keyboard</li>
        <li>navigate the website using speech recognition software</li>
        <li>listen to the website using a screen reader</li>
      </ul>
      <p>We have also made the website text as simple as possible to understand.</p>
      <p>
        <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you
        have a disability.
      </p>

      <h2>How accessible this website is</h2>
      <p>
        We know of no parts of this website that fail the Web Content Accessibility Guidelines (WCAG) 2.2 AA. Some parts
        are harder to use than we would like:
      </p>
      <ul className="list list--bullet">
        <li>
          when you type @ and part of a member’s name in a post, the suggestions are announced through the text area’s
          attributes and a status message rather than as a combobox, so some screen readers may not read the highlighted
          name as you move through the list
        </li>
        <li>
          drafts keep only the body of a thread or reply, in this browser; a thread’s title, summary, case-study answers
          and tags are not kept, and editing a post in place keeps no draft
        </li>
        <li>
          events are listed, with filters, but there is no month view (your calendar feed shows them in your own
          calendar app)
        </li>
        <li>an event’s description has no Preview tab</li>
        <li>
          the event form’s time zone list is long (over 400 zones); it starts on Europe/London, and typing moves through
          it
        </li>
        <li>
          the notifications count in the header is refreshed when you change page and once a minute, and a change is not
          announced
        </li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, like large print, easy read, audio recording or
        braille, email <EmailLink />.
      </p>
      <p>We will consider your request and get back to you within 5 working days.</p>

      <h2>Reporting accessibility problems with this website</h2>
      <p>
        We are always looking to improve the accessibility of this website. If you find any problems not listed on this
        page or think we are not meeting accessibility requirements, email <EmailLink />. Tell us the web address of the
        page, what you were trying to do and what went wrong.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).
      </p>
      <p>
        If you are not happy with how we respond to your complaint,{' '}
        <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2>Technical information about this website’s accessibility</h2>
      <p>
        The Heritage and Social Prescribing Community of Practice is committed to making its website accessible, in
        accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
        2018.
      </p>
      <p>
        We aim to meet the{' '}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines (WCAG) version 2.2</a> at level AA.
      </p>

      <h2>Compliance status</h2>
      <p>
        As far as our testing shows, this website is fully compliant with the Web Content Accessibility Guidelines
        version 2.2 AA standard. The limitations above make some tasks harder but are not, as far as we know, failures
        of WCAG 2.2 AA. The website has not been audited by an independent organisation.
      </p>

      <h2>How we tested this website</h2>
      <p>Our browser tests run in Chromium against the real website on every change. They check:</p>
      <ul className="list list--bullet">
        <li>
          every page and state the tests reach (including error messages, suggestion lists and confirmations) with
          axe-core’s WCAG 2.0, 2.1 and 2.2 A and AA rules
        </li>
        <li>
          keyboard-only journeys through applying to join, signing in, profiles and the directory, discussions (starting
          a case study, replying, mentions, reactions, reporting, moderating), search, notifications and events
          (creating an event, answering, the waiting list, calendar files and cancelling)
        </li>
        <li>that pages work at 320 pixels wide without scrolling sideways, and the main pages at 200% zoom</li>
      </ul>
      <p>
        We have not yet tested with screen readers or speech recognition software, and the page for editing a thread has
        no test journey of its own (it uses the same form as starting a thread). This website was last tested on 25
        November 2026.
      </p>

      <h2>Preparation of this statement</h2>
      <p>This statement was prepared on 25 November 2026.</p>
    </>
  );
}
