/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  query MentionCandidates($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(input: { token: $token })\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password })\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query ApplicationAuditTrail($targetId: ID!, $first: Int) {\n    auditLog(targetId: $targetId, first: $first) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApplicationAuditTrailDocument,
    "\n  mutation ApproveApplication($input: DecideApplicationInput!) {\n    approveApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.ApproveApplicationDocument,
    "\n  mutation RejectApplication($input: RejectApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.RejectApplicationDocument,
    "\n  mutation RequestApplicationInformation($input: RequestInformationInput!) {\n    requestApplicationInformation(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.RequestApplicationInformationDocument,
    "\n  fragment ApplicationDetail on MembershipApplication {\n    id\n    email\n    fullName\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    hopes\n    heardAbout\n    status\n    submittedAt\n    decidedAt\n    decidedByName\n    decisionReason\n    memberId\n    messages {\n      id\n      kind\n      body\n      authorName\n      createdAt\n    }\n  }\n": typeof types.ApplicationDetailFragmentDoc,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": typeof types.AdminApplicationDocument,
    "\n  query AdminApplications($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        fullName\n        organisation\n        sector\n        status\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminApplicationsDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    actorName\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email })\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n": typeof types.AccountSetupDocument,
    "\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": typeof types.CompleteAccountSetupDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query DigestPreference {\n    digestPreference {\n      frequency\n    }\n  }\n": typeof types.DigestPreferenceDocument,
    "\n  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n": typeof types.UpdateDigestPreferenceDocument,
    "\n  query DigestRuns {\n    digestRuns(first: 5) {\n      id\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n": typeof types.DigestRunsDocument,
    "\n  mutation RunDigests($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        id\n        sent\n        nothingNew\n      }\n    }\n  }\n": typeof types.RunDigestsDocument,
    "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DiscussionSpaces {\n    spaces {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n": typeof types.DiscussionSpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      canStartThreads\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n": typeof types.SpaceDocument,
    "\n  fragment ThreadListItem on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    replyCount\n    lastPostedAt\n    createdAt\n    isNew\n    unreadCount\n    firstUnreadNumber\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    caseStudy {\n      setting\n    }\n  }\n": typeof types.ThreadListItemFragmentDoc,
    "\n  query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ThreadListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpaceThreadsDocument,
    "\n  mutation WatchSpace($id: ID!) {\n    watchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n": typeof types.WatchSpaceDocument,
    "\n  mutation UnwatchSpace($id: ID!) {\n    unwatchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n": typeof types.UnwatchSpaceDocument,
    "\n  query NewThreadSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      canStartThreads\n    }\n  }\n": typeof types.NewThreadSpaceDocument,
    "\n  query EditThread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      revision\n      title\n      summary\n      tags\n      canEdit\n      space {\n        id\n        slug\n        name\n      }\n      openingPost {\n        id\n        body\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n": typeof types.EditThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      title\n      summary\n      tags\n      openingPost {\n        id\n        body\n        bodyHtml\n      }\n    }\n  }\n": typeof types.UpdateThreadDocument,
    "\n  fragment EventListItem on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    status\n    capacity\n    placesLeft\n    full\n    open\n    past\n    goingCount\n    waitlistCount\n    tags\n    region\n    visibility\n    myRsvp {\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.EventListItemFragmentDoc,
    "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EventListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query UpcomingEvents($first: Int!) {\n    upcomingEvents(first: $first) {\n      ...EventListItem\n    }\n  }\n": typeof types.UpcomingEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventListItem\n      description\n      descriptionHtml\n      venueAddress\n      joinUrl\n      accessibilityFeatures\n      accessibilityNotes\n      cancellationReason\n      cancelledAt\n      calendarPath\n      threadId\n      canManage\n      attendeesCsvPath\n      sequence\n      organisers {\n        id\n        displayName\n        organisation\n      }\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.EventDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(input: { eventId: $eventId, answer: $answer }) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      open\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  query OrganiserCandidates($search: String!, $first: Int) {\n    directory(search: $search, roles: [ADVISORY_GROUP, MODERATOR, ADMIN], first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n": typeof types.OrganiserCandidatesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      sequence\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(input: { id: $id, reason: $reason }) {\n      id\n      status\n      open\n      cancellationReason\n      cancelledAt\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  query EventAttendees($id: ID!, $status: RsvpStatus!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(status: $status, first: $first, after: $after) {\n        nodes {\n          status\n          since\n          waitlistPosition\n          member {\n            id\n            displayName\n            organisation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.EventAttendeesDocument,
    "\n  mutation MessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": typeof types.MessageAttendeesDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": typeof types.RegenerateCalendarTokenDocument,
    "\n  query OutcomeMeasures {\n    outcomeMeasures {\n      id\n      code\n      name\n      description\n      scaleMin\n      scaleMax\n      higherIsBetter\n      standard\n    }\n  }\n": typeof types.OutcomeMeasuresDocument,
    "\n  fragment EvidenceCountFields on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n": typeof types.EvidenceCountFieldsFragmentDoc,
    "\n  fragment EvidenceSummaryFields on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCountFields\n    }\n    participants {\n      ...EvidenceCountFields\n    }\n    measures {\n      measure {\n        id\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      studies {\n        ...EvidenceCountFields\n      }\n      participants {\n        ...EvidenceCountFields\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n": typeof types.EvidenceSummaryFieldsFragmentDoc,
    "\n  query EvidenceSummary($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceSummaryFields\n    }\n  }\n": typeof types.EvidenceSummaryDocument,
    "\n  query ImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceSummaryFields\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n        enquiriesSent\n        enquiriesAnswered\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": typeof types.ImpactReportDocument,
    "\n  mutation CreateOutcomeMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOutcomeMeasureDocument,
    "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n": typeof types.CommunitySummaryDocument,
    "\n  query HomeUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    latestUpdates(first: 3) {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.HomeUpdatesDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n": typeof types.ApplicationQuestionDocument,
    "\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": typeof types.AnswerApplicationQuestionDocument,
    "\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n": typeof types.AdminMemberDocument,
    "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(input: { memberId: $memberId, roles: $roles }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.ReinstateMemberDocument,
    "\n  query PostReports($status: ReportStatus!, $first: Int!, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedBy {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n        }\n        thread {\n          id\n          title\n        }\n        post {\n          id\n          number\n          bodyText\n          hidden\n          deleted\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PostReportsDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(input: { id: $id, action: $action, note: $note }) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n      post {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(input: { id: $id })\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: { preferences: $preferences }) {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query OfferDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": typeof types.OfferDirectorySettingsDocument,
    "\n  fragment OfferListItem on Offer {\n    id\n    title\n    organisation\n    summary\n    format\n    region\n    cost\n    places\n    distanceKm\n    freshness\n    status\n    days\n    byArrangement\n    place {\n      postcode\n      latitude\n      longitude\n    }\n  }\n": typeof types.OfferListItemFragmentDoc,
    "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OffersDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": typeof types.OfferDocument,
    "\n  query MyOffers($after: String) {\n    myOffers(first: 20, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyOffersDocument,
    "\n  query OffersToReview($after: String) {\n    offersToReview(first: 10, after: $after) {\n      nodes {\n        ...OfferFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OffersToReviewDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": typeof types.ConfirmOfferDocument,
    "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublishOfferDocument,
    "\n  mutation RejectOffer($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectOfferDocument,
    "\n  fragment EnquiryFields on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    organisation\n    authorName\n    answeredAt\n    createdAt\n    viewerSide\n    messages {\n      id\n      side\n      authorName\n      body\n      createdAt\n    }\n  }\n": typeof types.EnquiryFieldsFragmentDoc,
    "\n  mutation SendOfferEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": typeof types.SendOfferEnquiryDocument,
    "\n  mutation ReplyToOfferEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": typeof types.ReplyToOfferEnquiryDocument,
    "\n  mutation AnswerOfferEnquiryByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": typeof types.AnswerOfferEnquiryByLinkDocument,
    "\n  query OfferEnquiry($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...EnquiryFields\n    }\n  }\n": typeof types.OfferEnquiryDocument,
    "\n  query OfferEnquiryByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...EnquiryFields\n    }\n  }\n": typeof types.OfferEnquiryByLinkDocument,
    "\n  query OfferEnquiries($offerId: ID!) {\n    offerEnquiries(offerId: $offerId, first: 50) {\n      nodes {\n        id\n        authorName\n        answeredAt\n        createdAt\n        messages {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OfferEnquiriesDocument,
    "\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            kind\n            createdAt\n            space {\n              id\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDiscussionsDocument,
    "\n  query SearchSpaces {\n    spaces {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.SearchSpacesDocument,
    "\n  query AdminSpaces {\n    spaces(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      revision\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        id\n        revision\n        slug\n        name\n        description\n        readRoles\n        startRoles\n        replyRoles\n      }\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveSpace(input: { id: $id, direction: $direction }) {\n      space {\n        id\n        position\n      }\n      swappedWith {\n        id\n        position\n      }\n    }\n  }\n": typeof types.MoveSpaceDocument,
    "\n  mutation ArchiveSpace($id: ID!) {\n    archiveSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n": typeof types.ArchiveSpaceDocument,
    "\n  mutation RestoreSpace($id: ID!) {\n    restoreSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n": typeof types.RestoreSpaceDocument,
    "\n  fragment ThreadPostFields on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    canReact\n    canReport\n    reportedByViewer\n    author {\n      id\n      displayName\n      organisation\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ThreadPostFieldsFragmentDoc,
    "\n  fragment ThreadStateFields on Thread {\n    id\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    highestPostNumber\n    canReply\n    canEdit\n    canModerate\n    watching\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    isNew\n    space {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ThreadStateFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      kind\n      title\n      summary\n      tags\n      createdAt\n      author {\n        id\n        displayName\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          ...ThreadPostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ThreadPostsDocument,
    "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, fromNumber: $number) {\n        nodes {\n          id\n          revisions {\n            revision\n            title\n            bodyHtml\n            createdAt\n            editor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...ThreadPostFields\n      thread {\n        id\n        postCount\n        highestPostNumber\n      }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  fragment ThreadRemovalFields on Thread {\n    id\n    deleted\n    hidden\n    postCount\n  }\n": typeof types.ThreadRemovalFieldsFragmentDoc,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...ThreadPostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation HidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(input: { postId: $postId, reason: $reason }) {\n      id\n      status\n      post {\n        id\n        canReport\n        reportedByViewer\n      }\n    }\n  }\n": typeof types.ReportPostDocument,
    "\n  mutation PinThread($id: ID!) {\n    pinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.UnpinThreadDocument,
    "\n  mutation LockThread($id: ID!) {\n    lockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.UnlockThreadDocument,
    "\n  mutation MoveThread($id: ID!, $spaceId: ID!) {\n    moveThread(input: { id: $id, spaceId: $spaceId }) {\n      ...ThreadStateFields\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation WatchThread($id: ID!) {\n    watchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n": typeof types.WatchThreadDocument,
    "\n  mutation UnwatchThread($id: ID!) {\n    unwatchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n": typeof types.UnwatchThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(input: { threadId: $threadId, upToNumber: $upToNumber }) {\n      id\n      unreadCount\n      lastReadNumber\n      isNew\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  query MoveTargetSpaces {\n    spaces {\n      id\n      name\n    }\n  }\n": typeof types.MoveTargetSpacesDocument,
    "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n": types.MarkdownPreviewDocument,
    "\n  query MentionCandidates($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(input: { token: $token })\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password })\n  }\n": types.DeleteAccountDocument,
    "\n  query ApplicationAuditTrail($targetId: ID!, $first: Int) {\n    auditLog(targetId: $targetId, first: $first) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ApplicationAuditTrailDocument,
    "\n  mutation ApproveApplication($input: DecideApplicationInput!) {\n    approveApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.ApproveApplicationDocument,
    "\n  mutation RejectApplication($input: RejectApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.RejectApplicationDocument,
    "\n  mutation RequestApplicationInformation($input: RequestInformationInput!) {\n    requestApplicationInformation(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n": types.RequestApplicationInformationDocument,
    "\n  fragment ApplicationDetail on MembershipApplication {\n    id\n    email\n    fullName\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    hopes\n    heardAbout\n    status\n    submittedAt\n    decidedAt\n    decidedByName\n    decisionReason\n    memberId\n    messages {\n      id\n      kind\n      body\n      authorName\n      createdAt\n    }\n  }\n": types.ApplicationDetailFragmentDoc,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n": types.AdminApplicationDocument,
    "\n  query AdminApplications($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        fullName\n        organisation\n        sector\n        status\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminApplicationsDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    actorName\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": types.InviteMemberDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email })\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n": types.AccountSetupDocument,
    "\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": types.CompleteAccountSetupDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query DigestPreference {\n    digestPreference {\n      frequency\n    }\n  }\n": types.DigestPreferenceDocument,
    "\n  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n": types.UpdateDigestPreferenceDocument,
    "\n  query DigestRuns {\n    digestRuns(first: 5) {\n      id\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n": types.DigestRunsDocument,
    "\n  mutation RunDigests($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        id\n        sent\n        nothingNew\n      }\n    }\n  }\n": types.RunDigestsDocument,
    "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DiscussionSpaces {\n    spaces {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n": types.DiscussionSpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      canStartThreads\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n": types.SpaceDocument,
    "\n  fragment ThreadListItem on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    replyCount\n    lastPostedAt\n    createdAt\n    isNew\n    unreadCount\n    firstUnreadNumber\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    caseStudy {\n      setting\n    }\n  }\n": types.ThreadListItemFragmentDoc,
    "\n  query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ThreadListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpaceThreadsDocument,
    "\n  mutation WatchSpace($id: ID!) {\n    watchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n": types.WatchSpaceDocument,
    "\n  mutation UnwatchSpace($id: ID!) {\n    unwatchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n": types.UnwatchSpaceDocument,
    "\n  query NewThreadSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      canStartThreads\n    }\n  }\n": types.NewThreadSpaceDocument,
    "\n  query EditThread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      revision\n      title\n      summary\n      tags\n      canEdit\n      space {\n        id\n        slug\n        name\n      }\n      openingPost {\n        id\n        body\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n": types.EditThreadDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      title\n      summary\n      tags\n      openingPost {\n        id\n        body\n        bodyHtml\n      }\n    }\n  }\n": types.UpdateThreadDocument,
    "\n  fragment EventListItem on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    status\n    capacity\n    placesLeft\n    full\n    open\n    past\n    goingCount\n    waitlistCount\n    tags\n    region\n    visibility\n    myRsvp {\n      status\n      waitlistPosition\n    }\n  }\n": types.EventListItemFragmentDoc,
    "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EventListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query UpcomingEvents($first: Int!) {\n    upcomingEvents(first: $first) {\n      ...EventListItem\n    }\n  }\n": types.UpcomingEventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventListItem\n      description\n      descriptionHtml\n      venueAddress\n      joinUrl\n      accessibilityFeatures\n      accessibilityNotes\n      cancellationReason\n      cancelledAt\n      calendarPath\n      threadId\n      canManage\n      attendeesCsvPath\n      sequence\n      organisers {\n        id\n        displayName\n        organisation\n      }\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.EventDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(input: { eventId: $eventId, answer: $answer }) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      open\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.RsvpDocument,
    "\n  query OrganiserCandidates($search: String!, $first: Int) {\n    directory(search: $search, roles: [ADVISORY_GROUP, MODERATOR, ADMIN], first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n": types.OrganiserCandidatesDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      sequence\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(input: { id: $id, reason: $reason }) {\n      id\n      status\n      open\n      cancellationReason\n      cancelledAt\n    }\n  }\n": types.CancelEventDocument,
    "\n  query EventAttendees($id: ID!, $status: RsvpStatus!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(status: $status, first: $first, after: $after) {\n        nodes {\n          status\n          since\n          waitlistPosition\n          member {\n            id\n            displayName\n            organisation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.EventAttendeesDocument,
    "\n  mutation MessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": types.MessageAttendeesDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": types.RegenerateCalendarTokenDocument,
    "\n  query OutcomeMeasures {\n    outcomeMeasures {\n      id\n      code\n      name\n      description\n      scaleMin\n      scaleMax\n      higherIsBetter\n      standard\n    }\n  }\n": types.OutcomeMeasuresDocument,
    "\n  fragment EvidenceCountFields on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n": types.EvidenceCountFieldsFragmentDoc,
    "\n  fragment EvidenceSummaryFields on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCountFields\n    }\n    participants {\n      ...EvidenceCountFields\n    }\n    measures {\n      measure {\n        id\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      studies {\n        ...EvidenceCountFields\n      }\n      participants {\n        ...EvidenceCountFields\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n": types.EvidenceSummaryFieldsFragmentDoc,
    "\n  query EvidenceSummary($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceSummaryFields\n    }\n  }\n": types.EvidenceSummaryDocument,
    "\n  query ImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceSummaryFields\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n        enquiriesSent\n        enquiriesAnswered\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": types.ImpactReportDocument,
    "\n  mutation CreateOutcomeMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOutcomeMeasureDocument,
    "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n": types.CommunitySummaryDocument,
    "\n  query HomeUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    latestUpdates(first: 3) {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.HomeUpdatesDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.SubmitApplicationDocument,
    "\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n": types.ApplicationQuestionDocument,
    "\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": types.AnswerApplicationQuestionDocument,
    "\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n": types.AdminMemberDocument,
    "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(input: { memberId: $memberId, roles: $roles }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.ReinstateMemberDocument,
    "\n  query PostReports($status: ReportStatus!, $first: Int!, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedBy {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n        }\n        thread {\n          id\n          title\n        }\n        post {\n          id\n          number\n          bodyText\n          hidden\n          deleted\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PostReportsDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(input: { id: $id, action: $action, note: $note }) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n      post {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n": types.ResolveReportDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(input: { id: $id })\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: { preferences: $preferences }) {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query OfferDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n": types.OfferDirectorySettingsDocument,
    "\n  fragment OfferListItem on Offer {\n    id\n    title\n    organisation\n    summary\n    format\n    region\n    cost\n    places\n    distanceKm\n    freshness\n    status\n    days\n    byArrangement\n    place {\n      postcode\n      latitude\n      longitude\n    }\n  }\n": types.OfferListItemFragmentDoc,
    "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OffersDocument,
    "\n  fragment OfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n": types.OfferDocument,
    "\n  query MyOffers($after: String) {\n    myOffers(first: 20, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyOffersDocument,
    "\n  query OffersToReview($after: String) {\n    offersToReview(first: 10, after: $after) {\n      nodes {\n        ...OfferFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OffersToReviewDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n": types.ConfirmOfferDocument,
    "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n": types.PublishOfferDocument,
    "\n  mutation RejectOffer($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n": types.RejectOfferDocument,
    "\n  fragment EnquiryFields on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    organisation\n    authorName\n    answeredAt\n    createdAt\n    viewerSide\n    messages {\n      id\n      side\n      authorName\n      body\n      createdAt\n    }\n  }\n": types.EnquiryFieldsFragmentDoc,
    "\n  mutation SendOfferEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": types.SendOfferEnquiryDocument,
    "\n  mutation ReplyToOfferEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": types.ReplyToOfferEnquiryDocument,
    "\n  mutation AnswerOfferEnquiryByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n": types.AnswerOfferEnquiryByLinkDocument,
    "\n  query OfferEnquiry($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...EnquiryFields\n    }\n  }\n": types.OfferEnquiryDocument,
    "\n  query OfferEnquiryByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...EnquiryFields\n    }\n  }\n": types.OfferEnquiryByLinkDocument,
    "\n  query OfferEnquiries($offerId: ID!) {\n    offerEnquiries(offerId: $offerId, first: 50) {\n      nodes {\n        id\n        authorName\n        answeredAt\n        createdAt\n        messages {\n          id\n        }\n      }\n    }\n  }\n": types.OfferEnquiriesDocument,
    "\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n": types.MemberPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            kind\n            createdAt\n            space {\n              id\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDiscussionsDocument,
    "\n  query SearchSpaces {\n    spaces {\n      id\n      slug\n      name\n    }\n  }\n": types.SearchSpacesDocument,
    "\n  query AdminSpaces {\n    spaces(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      revision\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        id\n        revision\n        slug\n        name\n        description\n        readRoles\n        startRoles\n        replyRoles\n      }\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveSpace(input: { id: $id, direction: $direction }) {\n      space {\n        id\n        position\n      }\n      swappedWith {\n        id\n        position\n      }\n    }\n  }\n": types.MoveSpaceDocument,
    "\n  mutation ArchiveSpace($id: ID!) {\n    archiveSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n": types.ArchiveSpaceDocument,
    "\n  mutation RestoreSpace($id: ID!) {\n    restoreSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n": types.RestoreSpaceDocument,
    "\n  fragment ThreadPostFields on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    canReact\n    canReport\n    reportedByViewer\n    author {\n      id\n      displayName\n      organisation\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n": types.ThreadPostFieldsFragmentDoc,
    "\n  fragment ThreadStateFields on Thread {\n    id\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    highestPostNumber\n    canReply\n    canEdit\n    canModerate\n    watching\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    isNew\n    space {\n      id\n      slug\n      name\n    }\n  }\n": types.ThreadStateFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      kind\n      title\n      summary\n      tags\n      createdAt\n      author {\n        id\n        displayName\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          ...ThreadPostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ThreadPostsDocument,
    "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, fromNumber: $number) {\n        nodes {\n          id\n          revisions {\n            revision\n            title\n            bodyHtml\n            createdAt\n            editor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...ThreadPostFields\n      thread {\n        id\n        postCount\n        highestPostNumber\n      }\n    }\n  }\n": types.CreatePostDocument,
    "\n  fragment ThreadRemovalFields on Thread {\n    id\n    deleted\n    hidden\n    postCount\n  }\n": types.ThreadRemovalFieldsFragmentDoc,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...ThreadPostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation HidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(input: { postId: $postId, reason: $reason }) {\n      id\n      status\n      post {\n        id\n        canReport\n        reportedByViewer\n      }\n    }\n  }\n": types.ReportPostDocument,
    "\n  mutation PinThread($id: ID!) {\n    pinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": types.UnpinThreadDocument,
    "\n  mutation LockThread($id: ID!) {\n    lockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n": types.UnlockThreadDocument,
    "\n  mutation MoveThread($id: ID!, $spaceId: ID!) {\n    moveThread(input: { id: $id, spaceId: $spaceId }) {\n      ...ThreadStateFields\n    }\n  }\n": types.MoveThreadDocument,
    "\n  mutation WatchThread($id: ID!) {\n    watchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n": types.WatchThreadDocument,
    "\n  mutation UnwatchThread($id: ID!) {\n    unwatchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n": types.UnwatchThreadDocument,
    "\n  mutation MarkThreadRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(input: { threadId: $threadId, upToNumber: $upToNumber }) {\n      id\n      unreadCount\n      lastReadNumber\n      isNew\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  query MoveTargetSpaces {\n    spaces {\n      id\n      name\n    }\n  }\n": types.MoveTargetSpacesDocument,
    "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n": types.LiveEventsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n"): (typeof documents)["\n  query MarkdownPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($search: String!, $first: Int) {\n    directory(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(input: { token: $token })\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(input: { token: $token })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password })\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationAuditTrail($targetId: ID!, $first: Int) {\n    auditLog(targetId: $targetId, first: $first) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationAuditTrail($targetId: ID!, $first: Int) {\n    auditLog(targetId: $targetId, first: $first) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApplication($input: DecideApplicationInput!) {\n    approveApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveApplication($input: DecideApplicationInput!) {\n    approveApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($input: RejectApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectApplication($input: RejectApplicationInput!) {\n    rejectApplication(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestApplicationInformation($input: RequestInformationInput!) {\n    requestApplicationInformation(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RequestApplicationInformation($input: RequestInformationInput!) {\n    requestApplicationInformation(input: $input) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDetail on MembershipApplication {\n    id\n    email\n    fullName\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    hopes\n    heardAbout\n    status\n    submittedAt\n    decidedAt\n    decidedByName\n    decisionReason\n    memberId\n    messages {\n      id\n      kind\n      body\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDetail on MembershipApplication {\n    id\n    email\n    fullName\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    hopes\n    heardAbout\n    status\n    submittedAt\n    decidedAt\n    decidedByName\n    decisionReason\n    memberId\n    messages {\n      id\n      kind\n      body\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"): (typeof documents)["\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApplications($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        fullName\n        organisation\n        sector\n        status\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApplications($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        fullName\n        organisation\n        sector\n        status\n        submittedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    actorName\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    action\n    actorName\n    targetType\n    targetId\n    reason\n    details\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      nodes {\n        ...AuditEntryFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email })\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n"): (typeof documents)["\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n"): (typeof documents)["\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestPreference {\n    digestPreference {\n      frequency\n    }\n  }\n"): (typeof documents)["\n  query DigestPreference {\n    digestPreference {\n      frequency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDigestPreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestRuns {\n    digestRuns(first: 5) {\n      id\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n"): (typeof documents)["\n  query DigestRuns {\n    digestRuns(first: 5) {\n      id\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDigests($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        id\n        sent\n        nothingNew\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunDigests($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        id\n        sent\n        nothingNew\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionSpaces {\n    spaces {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n"): (typeof documents)["\n  query DiscussionSpaces {\n    spaces {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      canStartThreads\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n"): (typeof documents)["\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n      canStartThreads\n      newThreadCount\n      unreadThreadCount\n      watching\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadListItem on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    replyCount\n    lastPostedAt\n    createdAt\n    isNew\n    unreadCount\n    firstUnreadNumber\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    caseStudy {\n      setting\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadListItem on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    replyCount\n    lastPostedAt\n    createdAt\n    isNew\n    unreadCount\n    firstUnreadNumber\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n      displayName\n    }\n    caseStudy {\n      setting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ThreadListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceThreads($filter: ThreadFilter!, $first: Int, $after: String) {\n    threads(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ThreadListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchSpace($id: ID!) {\n    watchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WatchSpace($id: ID!) {\n    watchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnwatchSpace($id: ID!) {\n    unwatchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnwatchSpace($id: ID!) {\n    unwatchSpace(input: { id: $id }) {\n      space {\n        id\n        watching\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewThreadSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      canStartThreads\n    }\n  }\n"): (typeof documents)["\n  query NewThreadSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      canStartThreads\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditThread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      revision\n      title\n      summary\n      tags\n      canEdit\n      space {\n        id\n        slug\n        name\n      }\n      openingPost {\n        id\n        body\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditThread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      revision\n      title\n      summary\n      tags\n      canEdit\n      space {\n        id\n        slug\n        name\n      }\n      openingPost {\n        id\n        body\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      title\n      summary\n      tags\n      openingPost {\n        id\n        body\n        bodyHtml\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateThread($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      title\n      summary\n      tags\n      openingPost {\n        id\n        body\n        bodyHtml\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventListItem on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    status\n    capacity\n    placesLeft\n    full\n    open\n    past\n    goingCount\n    waitlistCount\n    tags\n    region\n    visibility\n    myRsvp {\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment EventListItem on Event {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    status\n    capacity\n    placesLeft\n    full\n    open\n    past\n    goingCount\n    waitlistCount\n    tags\n    region\n    visibility\n    myRsvp {\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EventListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Events($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...EventListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingEvents($first: Int!) {\n    upcomingEvents(first: $first) {\n      ...EventListItem\n    }\n  }\n"): (typeof documents)["\n  query UpcomingEvents($first: Int!) {\n    upcomingEvents(first: $first) {\n      ...EventListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventListItem\n      description\n      descriptionHtml\n      venueAddress\n      joinUrl\n      accessibilityFeatures\n      accessibilityNotes\n      cancellationReason\n      cancelledAt\n      calendarPath\n      threadId\n      canManage\n      attendeesCsvPath\n      sequence\n      organisers {\n        id\n        displayName\n        organisation\n      }\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  query Event($id: ID!) {\n    event(id: $id) {\n      ...EventListItem\n      description\n      descriptionHtml\n      venueAddress\n      joinUrl\n      accessibilityFeatures\n      accessibilityNotes\n      cancellationReason\n      cancelledAt\n      calendarPath\n      threadId\n      canManage\n      attendeesCsvPath\n      sequence\n      organisers {\n        id\n        displayName\n        organisation\n      }\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(input: { eventId: $eventId, answer: $answer }) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      open\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(input: { eventId: $eventId, answer: $answer }) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      open\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganiserCandidates($search: String!, $first: Int) {\n    directory(search: $search, roles: [ADVISORY_GROUP, MODERATOR, ADMIN], first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganiserCandidates($search: String!, $first: Int) {\n    directory(search: $search, roles: [ADVISORY_GROUP, MODERATOR, ADMIN], first: $first) {\n      nodes {\n        id\n        displayName\n        organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      sequence\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      sequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(input: { id: $id, reason: $reason }) {\n      id\n      status\n      open\n      cancellationReason\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(input: { id: $id, reason: $reason }) {\n      id\n      status\n      open\n      cancellationReason\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventAttendees($id: ID!, $status: RsvpStatus!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(status: $status, first: $first, after: $after) {\n        nodes {\n          status\n          since\n          waitlistPosition\n          member {\n            id\n            displayName\n            organisation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventAttendees($id: ID!, $status: RsvpStatus!, $first: Int, $after: String) {\n    event(id: $id) {\n      id\n      attendees(status: $status, first: $first, after: $after) {\n        nodes {\n          status\n          since\n          waitlistPosition\n          member {\n            id\n            displayName\n            organisation\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n"): (typeof documents)["\n  mutation MessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeMeasures {\n    outcomeMeasures {\n      id\n      code\n      name\n      description\n      scaleMin\n      scaleMax\n      higherIsBetter\n      standard\n    }\n  }\n"): (typeof documents)["\n  query OutcomeMeasures {\n    outcomeMeasures {\n      id\n      code\n      name\n      description\n      scaleMin\n      scaleMax\n      higherIsBetter\n      standard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceCountFields on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n"): (typeof documents)["\n  fragment EvidenceCountFields on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceSummaryFields on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCountFields\n    }\n    participants {\n      ...EvidenceCountFields\n    }\n    measures {\n      measure {\n        id\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      studies {\n        ...EvidenceCountFields\n      }\n      participants {\n        ...EvidenceCountFields\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceSummaryFields on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCountFields\n    }\n    participants {\n      ...EvidenceCountFields\n    }\n    measures {\n      measure {\n        id\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      studies {\n        ...EvidenceCountFields\n      }\n      participants {\n        ...EvidenceCountFields\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSummary($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query EvidenceSummary($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceSummaryFields\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n        enquiriesSent\n        enquiriesAnswered\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceSummaryFields\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n        enquiriesSent\n        enquiriesAnswered\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutcomeMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutcomeMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n"): (typeof documents)["\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    latestUpdates(first: 3) {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    latestUpdates(first: 3) {\n      id\n      title\n      summary\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n"): (typeof documents)["\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n"): (typeof documents)["\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n"): (typeof documents)["\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(input: { memberId: $memberId, roles: $roles }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(input: { memberId: $memberId, roles: $roles }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(input: { memberId: $memberId, reason: $reason }) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostReports($status: ReportStatus!, $first: Int!, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedBy {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n        }\n        thread {\n          id\n          title\n        }\n        post {\n          id\n          number\n          bodyText\n          hidden\n          deleted\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostReports($status: ReportStatus!, $first: Int!, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        status\n        createdAt\n        resolutionNote\n        resolvedAt\n        resolvedBy {\n          id\n          displayName\n        }\n        reporter {\n          id\n          displayName\n        }\n        thread {\n          id\n          title\n        }\n        post {\n          id\n          number\n          bodyText\n          hidden\n          deleted\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(input: { id: $id, action: $action, note: $note }) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n      post {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(input: { id: $id, action: $action, note: $note }) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n      post {\n        id\n        hidden\n        hiddenReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(input: { id: $id })\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(input: { id: $id })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: { preferences: $preferences }) {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(input: { preferences: $preferences }) {\n      kind\n      label\n      inApp\n      email\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"): (typeof documents)["\n  query OfferDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n      mapTileAttribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferListItem on Offer {\n    id\n    title\n    organisation\n    summary\n    format\n    region\n    cost\n    places\n    distanceKm\n    freshness\n    status\n    days\n    byArrangement\n    place {\n      postcode\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  fragment OfferListItem on Offer {\n    id\n    title\n    organisation\n    summary\n    format\n    region\n    cost\n    places\n    distanceKm\n    freshness\n    status\n    days\n    byArrangement\n    place {\n      postcode\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Offers($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n"): (typeof documents)["\n  fragment OfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n"): (typeof documents)["\n  query Offer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOffers($after: String) {\n    myOffers(first: 20, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOffers($after: String) {\n    myOffers(first: 20, after: $after) {\n      nodes {\n        ...OfferListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersToReview($after: String) {\n    offersToReview(first: 10, after: $after) {\n      nodes {\n        ...OfferFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OffersToReview($after: String) {\n    offersToReview(first: 10, after: $after) {\n      nodes {\n        ...OfferFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOffer($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOffer($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOffer($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOffer($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnquiryFields on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    organisation\n    authorName\n    answeredAt\n    createdAt\n    viewerSide\n    messages {\n      id\n      side\n      authorName\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment EnquiryFields on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    organisation\n    authorName\n    answeredAt\n    createdAt\n    viewerSide\n    messages {\n      id\n      side\n      authorName\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOfferEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendOfferEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToOfferEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToOfferEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerOfferEnquiryByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerOfferEnquiryByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...EnquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiry($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...EnquiryFields\n    }\n  }\n"): (typeof documents)["\n  query OfferEnquiry($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...EnquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiryByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...EnquiryFields\n    }\n  }\n"): (typeof documents)["\n  query OfferEnquiryByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...EnquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiries($offerId: ID!) {\n    offerEnquiries(offerId: $offerId, first: 50) {\n      nodes {\n        id\n        authorName\n        answeredAt\n        createdAt\n        messages {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferEnquiries($offerId: ID!) {\n    offerEnquiries(offerId: $offerId, first: 50) {\n      nodes {\n        id\n        authorName\n        answeredAt\n        createdAt\n        messages {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n"): (typeof documents)["\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            kind\n            createdAt\n            space {\n              id\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchDiscussions($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            kind\n            createdAt\n            space {\n              id\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            createdAt\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSpaces {\n    spaces {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query SearchSpaces {\n    spaces {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpaces {\n    spaces(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      revision\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces {\n    spaces(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      revision\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        id\n        revision\n        slug\n        name\n        description\n        readRoles\n        startRoles\n        replyRoles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        id\n        revision\n        slug\n        name\n        description\n        readRoles\n        startRoles\n        replyRoles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveSpace(input: { id: $id, direction: $direction }) {\n      space {\n        id\n        position\n      }\n      swappedWith {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveSpace(input: { id: $id, direction: $direction }) {\n      space {\n        id\n        position\n      }\n      swappedWith {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSpace($id: ID!) {\n    archiveSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSpace($id: ID!) {\n    archiveSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSpace($id: ID!) {\n    restoreSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSpace($id: ID!) {\n    restoreSpace(input: { id: $id }) {\n      space {\n        id\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadPostFields on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    canReact\n    canReport\n    reportedByViewer\n    author {\n      id\n      displayName\n      organisation\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadPostFields on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    canReact\n    canReport\n    reportedByViewer\n    author {\n      id\n      displayName\n      organisation\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors(first: 10) {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadStateFields on Thread {\n    id\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    highestPostNumber\n    canReply\n    canEdit\n    canModerate\n    watching\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    isNew\n    space {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadStateFields on Thread {\n    id\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    highestPostNumber\n    canReply\n    canEdit\n    canModerate\n    watching\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    isNew\n    space {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      kind\n      title\n      summary\n      tags\n      createdAt\n      author {\n        id\n        displayName\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      ...ThreadStateFields\n      kind\n      title\n      summary\n      tags\n      createdAt\n      author {\n        id\n        displayName\n      }\n      caseStudy {\n        setting\n        activityTypes\n        referralRoute\n        groupSize\n        duration\n        benefits\n        measurement\n        whatWorked\n        wouldChange\n        sixWays\n        evidenceType\n        evidenceLink\n        outcomes {\n          measure {\n            id\n            name\n            scaleMin\n            scaleMax\n            higherIsBetter\n          }\n          statistic\n          participantsStarted\n          participantsCompleted\n          before\n          after\n          beforeOn\n          afterOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          ...ThreadPostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          ...ThreadPostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, fromNumber: $number) {\n        nodes {\n          id\n          revisions {\n            revision\n            title\n            bodyHtml\n            createdAt\n            editor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostRevisions($threadId: ID!, $number: Int!) {\n    thread(id: $threadId) {\n      id\n      posts(first: 1, fromNumber: $number) {\n        nodes {\n          id\n          revisions {\n            revision\n            title\n            bodyHtml\n            createdAt\n            editor {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...ThreadPostFields\n      thread {\n        id\n        postCount\n        highestPostNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...ThreadPostFields\n      thread {\n        id\n        postCount\n        highestPostNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadRemovalFields on Thread {\n    id\n    deleted\n    hidden\n    postCount\n  }\n"): (typeof documents)["\n  fragment ThreadRemovalFields on Thread {\n    id\n    deleted\n    hidden\n    postCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...ThreadPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...ThreadPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($id: ID!) {\n    restorePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePost($id: ID!) {\n    restorePost(input: { id: $id }) {\n      ...ThreadPostFields\n      thread {\n        ...ThreadRemovalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($postId: ID!, $kind: ReactionKind!) {\n    react(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(input: { postId: $postId, kind: $kind }) {\n      id\n      reactions {\n        kind\n        count\n        reactedByViewer\n        reactors(first: 10) {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(input: { postId: $postId, reason: $reason }) {\n      id\n      status\n      post {\n        id\n        canReport\n        reportedByViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(input: { postId: $postId, reason: $reason }) {\n      id\n      status\n      post {\n        id\n        canReport\n        reportedByViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($id: ID!) {\n    pinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($id: ID!) {\n    pinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinThread($id: ID!) {\n    unpinThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($id: ID!) {\n    lockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($id: ID!) {\n    lockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockThread($id: ID!) {\n    unlockThread(input: { id: $id }) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($id: ID!, $spaceId: ID!) {\n    moveThread(input: { id: $id, spaceId: $spaceId }) {\n      ...ThreadStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($id: ID!, $spaceId: ID!) {\n    moveThread(input: { id: $id, spaceId: $spaceId }) {\n      ...ThreadStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchThread($id: ID!) {\n    watchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n"): (typeof documents)["\n  mutation WatchThread($id: ID!) {\n    watchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnwatchThread($id: ID!) {\n    unwatchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n"): (typeof documents)["\n  mutation UnwatchThread($id: ID!) {\n    unwatchThread(input: { id: $id }) {\n      id\n      watching\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(input: { threadId: $threadId, upToNumber: $upToNumber }) {\n      id\n      unreadCount\n      lastReadNumber\n      isNew\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(input: { threadId: $threadId, upToNumber: $upToNumber }) {\n      id\n      unreadCount\n      lastReadNumber\n      isNew\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveTargetSpaces {\n    spaces {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MoveTargetSpaces {\n    spaces {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;