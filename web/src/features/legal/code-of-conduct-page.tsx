// The code of conduct every member agrees to when they apply.
import { COMMUNITY_NAME } from '@heritage/shared';
import { usePageTitle } from '../../components/use-page-title';

export function CodeOfConductPage() {
  usePageTitle('Code of conduct');

  return (
    <>
      <h1 tabIndex={-1}>Code of conduct</h1>
      <p className="lead">
        The {COMMUNITY_NAME} is a place for people from health, heritage and the voluntary sector to learn from each
        other. This code explains what we expect of every member, in discussions, at events and in private messages.
      </p>

      <h2>Treat everyone with respect</h2>
      <ul className="list list--bullet">
        <li>Be kind and constructive, including when you disagree. Challenge ideas, not people.</li>
        <li>
          Welcome people from every sector, role and level of experience. Explain jargon and acronyms, especially ones
          from your own profession.
        </li>
        <li>
          Do not harass, bully, discriminate against or intimidate anyone, whatever their age, disability, gender
          identity, race, religion or belief, sex, sexual orientation or any other characteristic.
        </li>
        <li>Respect people’s time and the limits of what they can share about their work.</li>
      </ul>

      <h2>Protect the people you work with</h2>
      <p>
        Many of us support people who are unwell, isolated or vulnerable. Their trust matters more than any example we
        could share.
      </p>
      <ul className="list list--bullet">
        <li>
          Never share information that could identify a patient, client or participant, including names, photographs,
          health details, addresses, or a combination of details that would let someone work out who they are.
        </li>
        <li>
          When you describe a case or an activity, change or remove identifying details, and only share what the person
          has agreed you may share.
        </li>
        <li>Follow your own organisation’s confidentiality, safeguarding and data protection policies.</li>
        <li>
          If you are worried about someone’s safety, follow your organisation’s safeguarding procedures straight away.
          This community is not a place to report safeguarding concerns.
        </li>
      </ul>

      <h2>Respect each other’s confidence</h2>
      <ul className="list list--bullet">
        <li>
          What members share in the community is for learning within it. Ask before you quote a member or share their
          work outside the community.
        </li>
        <li>Do not share another member’s contact details without their permission.</li>
      </ul>

      <h2>No advertising or selling</h2>
      <ul className="list list--bullet">
        <li>Do not advertise products or paid services, or use members’ details for marketing.</li>
        <li>
          You may share free resources, research, job vacancies and events relevant to heritage and social prescribing,
          and say if you have an interest in them.
        </li>
      </ul>

      <h2>Share accurately</h2>
      <ul className="list list--bullet">
        <li>Say where information comes from, and be clear about what is evidence and what is your experience.</li>
        <li>Respect copyright: link to material rather than copying it when you are not sure you may share it.</li>
      </ul>

      <h2>Moderation</h2>
      <p>
        Community moderators, who are volunteers from the membership, look after discussions and events. They may edit
        or remove content that breaks this code, and will usually tell you why.
      </p>
      <p>If a member breaks the code, the moderators or administrators may, depending on how serious it is:</p>
      <ul className="list list--bullet">
        <li>remind them of the code</li>
        <li>remove what they posted</li>
        <li>suspend their account for a time</li>
        <li>close their account</li>
      </ul>

      <h2>Reporting a problem</h2>
      <p>
        If you see something that breaks this code, or someone’s behaviour worries you, tell the moderators by email at{' '}
        <a href="mailto:moderators@heritage-cop.example">moderators@heritage-cop.example</a>. Say what happened and
        where. We will treat your report in confidence, reply within 5 working days, and tell you what we have done
        where we can.
      </p>
      <p>
        If you have shared something identifying by mistake, email us straight away and we will remove it. Nobody will
        be blamed for reporting their own mistake.
      </p>
    </>
  );
}
