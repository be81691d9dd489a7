// About the community of practice: what it is, who it is for and why heritage helps wellbeing.
import { COMMUNITY_NAME } from '@heritage/shared';
import { usePageTitle } from '../../components/use-page-title';

export function AboutPage() {
  usePageTitle('About');

  return (
    <>
      <h1 tabIndex={-1}>About Heritage CoP</h1>
      <p className="lead">
        Heritage CoP is the {COMMUNITY_NAME}: a UK-wide network for everyone who connects people with heritage to
        support their health and wellbeing.
      </p>

      <h2>What the community of practice is</h2>
      <p>
        Social prescribing connects people to activities, groups and services in their community that support their
        health and wellbeing. Heritage activities are part of that offer: volunteering at a museum, handling objects
        from a collection, researching family history in an archive, walking and caring for historic places, or sharing
        memories in a reminiscence group.
      </p>
      <p>
        A community of practice is a group of people who share a concern and learn how to do it better by working
        together. Ours brings together people from health, heritage and the voluntary sector to share practice,
        resources and evidence, through discussions and events.
      </p>

      <h2>Who it is for</h2>
      <p>The community is for anyone in the UK involved in heritage and social prescribing, including:</p>
      <ul className="list list--bullet">
        <li>social prescribing link workers and others who refer people to activities</li>
        <li>staff and volunteers at heritage organisations, such as museums, archives, libraries and historic sites</li>
        <li>NHS staff and people working in voluntary and community organisations</li>
        <li>researchers studying heritage, health and wellbeing</li>
        <li>funders and commissioners supporting this work</li>
      </ul>

      <h2>How heritage supports wellbeing</h2>
      <p>People taking part in heritage activities describe benefits in 6 areas.</p>

      <h3>Identity and belonging</h3>
      <p>
        Exploring personal, family and community histories helps people understand where they come from and feel they
        belong.
      </p>

      <h3>Brain health and memory</h3>
      <p>
        Objects, photographs and places can prompt memories and conversation, which is especially valued by people
        living with dementia and their carers.
      </p>

      <h3>Discovery and learning</h3>
      <p>Finding out something new, learning skills and following curiosity build confidence and a sense of purpose.</p>

      <h3>Resilience and hope</h3>
      <p>
        Stories of how people in the past faced hardship can put present difficulties in perspective and offer hope.
      </p>

      <h3>Connection with place</h3>
      <p>
        Getting to know local landscapes, buildings and streets strengthens people’s attachment to where they live and
        gets them out and about.
      </p>

      <h3>Being part of something bigger</h3>
      <p>
        Contributing to a shared heritage, for example by volunteering or caring for a collection, gives people a role
        and connects them with others.
      </p>
    </>
  );
}
