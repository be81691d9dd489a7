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
        <li>
          listen to the website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)
        </li>
      </ul>
      <p>We have also made the website text as simple as possible to understand.</p>
      <p>
        <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device easier to use if you
        have a disability.
      </p>

      <h2>How accessible this website is</h2>
      <p>
        We are not aware of any parts of this website that are not fully accessible. The website is new and we are still
        building features such as membership applications, discussions and events. We test each feature for
        accessibility before it is released, and we will update this statement if we find any problems.
      </p>

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
        As far as we know, this website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA
        standard. There is no content we know of that is not accessible. It has not yet been audited by an independent
        organisation.
      </p>

      <h2>How we tested this website</h2>
      <p>We test this website as we build it. Every change is checked with:</p>
      <ul className="list list--bullet">
        <li>automated checks using axe-core in the Chromium browser, on every page in our test suite</li>
        <li>keyboard-only journeys through each feature, without a mouse</li>
        <li>checks that pages work at 320 pixels wide and at 200% zoom without scrolling sideways</li>
      </ul>
      <p>
        We also check pages by hand, for example with a screen reader, with browser zoom and with the page read in a
        logical order.
      </p>
      <p>This website was last tested on 25 November 2026.</p>

      <h2>Preparation of this statement</h2>
      <p>This statement was prepared on 25 November 2026.</p>
    </>
  );
}
