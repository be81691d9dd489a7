/* eslint-disable */
import * as types from './graphql';



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
    "\n  query CalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CalendarRegenerateToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": typeof types.CalendarRegenerateTokenDocument,
    "\n  mutation EqualWorkRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.EqualWorkRequestPasswordResetDocument,
    "\n  mutation EqualWorkSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.EqualWorkSubmitApplicationDocument,
    "\n  fragment EventFixturesEventFields on Event {\n    id\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    venueAddress\n    joinUrl\n    capacity\n    goingCount\n    waitlistCount\n    placesLeft\n    full\n    tags\n    region\n    accessibilityFeatures\n    accessibilityNotes\n    visibility\n    status\n    cancellationReason\n    cancelledAt\n    past\n    open\n    sequence\n    calendarPath\n    threadId\n    canManage\n    attendeesCsvPath\n    organisers {\n      id\n      displayName\n      organisation\n    }\n    myRsvp {\n      status\n      waitlistPosition\n      since\n    }\n  }\n": typeof types.EventFixturesEventFieldsFragmentDoc,
    "\n  mutation EventFixturesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n": typeof types.EventFixturesCreateDocument,
    "\n  mutation EventFixturesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n": typeof types.EventFixturesUpdateDocument,
    "\n  mutation EventFixturesCancel($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventFixturesEventFields\n    }\n  }\n": typeof types.EventFixturesCancelDocument,
    "\n  query EventFixturesEvent($id: ID!) {\n    event(id: $id) {\n      ...EventFixturesEventFields\n    }\n  }\n": typeof types.EventFixturesEventDocument,
    "\n  mutation EventFixturesRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.EventFixturesRsvpDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsListDocument,
    "\n  query EventsUpcoming($first: Int) {\n    upcomingEvents(first: $first) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.EventsUpcomingDocument,
    "\n  query EventsAttendees($id: ID!) {\n    event(id: $id) {\n      attendees {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n": typeof types.EventsAttendeesDocument,
    "\n  query EventsFullPage {\n    events(first: 50) {\n      nodes {\n        id\n        joinUrl\n        canManage\n        organisers {\n          displayName\n        }\n        myRsvp {\n          status\n          waitlistPosition\n        }\n      }\n    }\n  }\n": typeof types.EventsFullPageDocument,
    "\n  fragment OfferEnquiriesThread on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    authorName\n    answeredAt\n    viewerSide\n    messages {\n      side\n      authorName\n      body\n    }\n  }\n": typeof types.OfferEnquiriesThreadFragmentDoc,
    "\n  mutation OfferEnquiriesSend($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": typeof types.OfferEnquiriesSendDocument,
    "\n  mutation OfferEnquiriesReply($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": typeof types.OfferEnquiriesReplyDocument,
    "\n  mutation OfferEnquiriesAnswerByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": typeof types.OfferEnquiriesAnswerByLinkDocument,
    "\n  query OfferEnquiriesOne($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...OfferEnquiriesThread\n    }\n  }\n": typeof types.OfferEnquiriesOneDocument,
    "\n  query OfferEnquiriesByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...OfferEnquiriesThread\n    }\n  }\n": typeof types.OfferEnquiriesByLinkDocument,
    "\n  query OfferEnquiriesForOffer($offerId: ID!) {\n    offerEnquiries(offerId: $offerId) {\n      nodes {\n        id\n        messages {\n          body\n        }\n      }\n    }\n  }\n": typeof types.OfferEnquiriesForOfferDocument,
    "\n  query OfferEnquiriesMine {\n    myOfferEnquiries {\n      nodes {\n        id\n        offerTitle\n      }\n    }\n  }\n": typeof types.OfferEnquiriesMineDocument,
    "\n  mutation OfferEnquiriesDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.OfferEnquiriesDeleteAccountDocument,
    "\n  fragment OfferFixturesOfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    distanceKm\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n": typeof types.OfferFixturesOfferFieldsFragmentDoc,
    "\n  mutation OfferFixturesCreate($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": typeof types.OfferFixturesCreateDocument,
    "\n  mutation OfferFixturesUpdate($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": typeof types.OfferFixturesUpdateDocument,
    "\n  mutation OfferFixturesConfirm($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": typeof types.OfferFixturesConfirmDocument,
    "\n  mutation OfferFixturesPublish($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n": typeof types.OfferFixturesPublishDocument,
    "\n  mutation OfferFixturesReject($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n        reviewReason\n      }\n    }\n  }\n": typeof types.OfferFixturesRejectDocument,
    "\n  query OfferFixturesOffer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFixturesOfferFields\n    }\n  }\n": typeof types.OfferFixturesOfferDocument,
    "\n  query OfferFixturesList($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          distanceKm\n          freshness\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OfferFixturesListDocument,
    "\n  query OffersMine {\n    myOffers {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.OffersMineDocument,
    "\n  query OffersToReview {\n    offersToReview {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.OffersToReviewDocument,
    "\n  query OffersDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n    }\n  }\n": typeof types.OffersDirectorySettingsDocument,
    "\n  mutation RateLimitsSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.RateLimitsSubmitApplicationDocument,
    "\n  mutation RateLimitsRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RateLimitsRequestPasswordResetDocument,
    "\n  mutation RateLimitsRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RateLimitsRequestEmailChangeDocument,
    "\n  mutation RateLimitsInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": typeof types.RateLimitsInviteMemberDocument,
    "\n  mutation RateLimitsReportPost($postId: ID!) {\n    reportPost(postId: $postId, reason: \"Shares a participant's details\") {\n      id\n    }\n  }\n": typeof types.RateLimitsReportPostDocument,
    "\n  mutation RateLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.RateLimitsCreateThreadDocument,
    "\n  mutation RateLimitsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.RateLimitsCreatePostDocument,
    "\n  mutation RateLimitsResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.RateLimitsResetPasswordDocument,
    "\n  mutation RateLimitsRejectApplication($id: ID!) {\n    rejectApplication(input: { applicationId: $id, reason: \"Not a fit\" }) {\n      id\n    }\n  }\n": typeof types.RateLimitsRejectApplicationDocument,
    "\n  mutation RateLimitsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.RateLimitsChangePasswordDocument,
    "\n  mutation RateLimitsDeleteAccount($p: String!) {\n    deleteAccount(password: $p)\n  }\n": typeof types.RateLimitsDeleteAccountDocument,
    "\n  fragment ReactionsPost on Post {\n    id\n    number\n    hidden\n    deleted\n    canReact\n    canReport\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReactionsPostFragmentDoc,
    "\n  mutation ReactionsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n": typeof types.ReactionsReactDocument,
    "\n  mutation ReactionsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n": typeof types.ReactionsUnreactDocument,
    "\n  query ReactionsThreadPosts($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          ...ReactionsPost\n        }\n      }\n    }\n  }\n": typeof types.ReactionsThreadPostsDocument,
    "\n  query ReactionsCountsOnly($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          id\n          reactions {\n            kind\n            count\n            reactedByViewer\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReactionsCountsOnlyDocument,
    "\n  query ReactionsReactors($id: ID!, $first: Int) {\n    thread(id: $id) {\n      openingPost {\n        reactions {\n          kind\n          count\n          reactors(first: $first) {\n            id\n            displayName\n            organisation\n            roles\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReactionsReactorsDocument,
    "\n  mutation ReactionsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      deleted\n    }\n  }\n": typeof types.ReactionsDeletePostDocument,
    "\n  mutation ReactionsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Off topic\") {\n      id\n      hidden\n    }\n  }\n": typeof types.ReactionsHidePostDocument,
    "\n  fragment ReadingState on Thread {\n    id\n    isNew\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    watching\n  }\n": typeof types.ReadingStateFragmentDoc,
    "\n  query ReadingThread($id: ID!) {\n    thread(id: $id) {\n      ...ReadingState\n    }\n  }\n": typeof types.ReadingThreadDocument,
    "\n  mutation ReadingMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      ...ReadingState\n    }\n  }\n": typeof types.ReadingMarkReadDocument,
    "\n  query ReadingSpaces {\n    categories {\n      id\n      unreadThreadCount\n      newThreadCount\n      watching\n    }\n  }\n": typeof types.ReadingSpacesDocument,
    "\n  query ReadingThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 50) {\n      nodes {\n        ...ReadingState\n      }\n    }\n  }\n": typeof types.ReadingThreadsDocument,
    "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n": typeof types.ReportPostDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportsQueueDocument,
    "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n": typeof types.ReportsQueueWithPostsDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": typeof types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": typeof types.RsvpMessageAttendeesDocument,
    "\n  fragment ThreadsThread on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    replyCount\n    highestPostNumber\n    lastPostedAt\n    createdAt\n    updatedAt\n    revision\n    canReply\n    canEdit\n    canModerate\n    category {\n      id\n      slug\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n    }\n    caseStudy {\n      setting\n      activityTypes\n      referralRoute\n      groupSize\n      duration\n      benefits\n      measurement\n      whatWorked\n      wouldChange\n    }\n    openingPost {\n      id\n      number\n      body\n      bodyHtml\n      revisionCount\n      editedAt\n    }\n  }\n": typeof types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsCreateDocument,
    "\n  mutation ThreadsUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsUpdateDocument,
    "\n  query ThreadsOne($id: ID!) {\n    thread(id: $id) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsOneDocument,
    "\n  query ThreadsRevisions($id: ID!) {\n    thread(id: $id) {\n      openingPost {\n        revisionCount\n        revisions {\n          revision\n          title\n          body\n          bodyHtml\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadsRevisionsDocument,
    "\n  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadsListDocument,
    "\n  query ThreadsUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n    }\n    latestUpdates {\n      id\n      title\n    }\n  }\n": typeof types.ThreadsUpdatesDocument,
    "\n  mutation ThreadsRedactPost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": typeof types.ThreadsRedactPostDocument,
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": typeof types.WatchingCategoriesDocument,
};
const documents: Documents = {
    "\n  query CalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CalendarRegenerateToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": types.CalendarRegenerateTokenDocument,
    "\n  mutation EqualWorkRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.EqualWorkRequestPasswordResetDocument,
    "\n  mutation EqualWorkSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.EqualWorkSubmitApplicationDocument,
    "\n  fragment EventFixturesEventFields on Event {\n    id\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    venueAddress\n    joinUrl\n    capacity\n    goingCount\n    waitlistCount\n    placesLeft\n    full\n    tags\n    region\n    accessibilityFeatures\n    accessibilityNotes\n    visibility\n    status\n    cancellationReason\n    cancelledAt\n    past\n    open\n    sequence\n    calendarPath\n    threadId\n    canManage\n    attendeesCsvPath\n    organisers {\n      id\n      displayName\n      organisation\n    }\n    myRsvp {\n      status\n      waitlistPosition\n      since\n    }\n  }\n": types.EventFixturesEventFieldsFragmentDoc,
    "\n  mutation EventFixturesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n": types.EventFixturesCreateDocument,
    "\n  mutation EventFixturesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n": types.EventFixturesUpdateDocument,
    "\n  mutation EventFixturesCancel($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventFixturesEventFields\n    }\n  }\n": types.EventFixturesCancelDocument,
    "\n  query EventFixturesEvent($id: ID!) {\n    event(id: $id) {\n      ...EventFixturesEventFields\n    }\n  }\n": types.EventFixturesEventDocument,
    "\n  mutation EventFixturesRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.EventFixturesRsvpDocument,
    "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsListDocument,
    "\n  query EventsUpcoming($first: Int) {\n    upcomingEvents(first: $first) {\n      id\n      title\n      status\n    }\n  }\n": types.EventsUpcomingDocument,
    "\n  query EventsAttendees($id: ID!) {\n    event(id: $id) {\n      attendees {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n": types.EventsAttendeesDocument,
    "\n  query EventsFullPage {\n    events(first: 50) {\n      nodes {\n        id\n        joinUrl\n        canManage\n        organisers {\n          displayName\n        }\n        myRsvp {\n          status\n          waitlistPosition\n        }\n      }\n    }\n  }\n": types.EventsFullPageDocument,
    "\n  fragment OfferEnquiriesThread on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    authorName\n    answeredAt\n    viewerSide\n    messages {\n      side\n      authorName\n      body\n    }\n  }\n": types.OfferEnquiriesThreadFragmentDoc,
    "\n  mutation OfferEnquiriesSend($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": types.OfferEnquiriesSendDocument,
    "\n  mutation OfferEnquiriesReply($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": types.OfferEnquiriesReplyDocument,
    "\n  mutation OfferEnquiriesAnswerByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n": types.OfferEnquiriesAnswerByLinkDocument,
    "\n  query OfferEnquiriesOne($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...OfferEnquiriesThread\n    }\n  }\n": types.OfferEnquiriesOneDocument,
    "\n  query OfferEnquiriesByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...OfferEnquiriesThread\n    }\n  }\n": types.OfferEnquiriesByLinkDocument,
    "\n  query OfferEnquiriesForOffer($offerId: ID!) {\n    offerEnquiries(offerId: $offerId) {\n      nodes {\n        id\n        messages {\n          body\n        }\n      }\n    }\n  }\n": types.OfferEnquiriesForOfferDocument,
    "\n  query OfferEnquiriesMine {\n    myOfferEnquiries {\n      nodes {\n        id\n        offerTitle\n      }\n    }\n  }\n": types.OfferEnquiriesMineDocument,
    "\n  mutation OfferEnquiriesDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.OfferEnquiriesDeleteAccountDocument,
    "\n  fragment OfferFixturesOfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    distanceKm\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n": types.OfferFixturesOfferFieldsFragmentDoc,
    "\n  mutation OfferFixturesCreate($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": types.OfferFixturesCreateDocument,
    "\n  mutation OfferFixturesUpdate($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": types.OfferFixturesUpdateDocument,
    "\n  mutation OfferFixturesConfirm($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n": types.OfferFixturesConfirmDocument,
    "\n  mutation OfferFixturesPublish($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n": types.OfferFixturesPublishDocument,
    "\n  mutation OfferFixturesReject($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n        reviewReason\n      }\n    }\n  }\n": types.OfferFixturesRejectDocument,
    "\n  query OfferFixturesOffer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFixturesOfferFields\n    }\n  }\n": types.OfferFixturesOfferDocument,
    "\n  query OfferFixturesList($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          distanceKm\n          freshness\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OfferFixturesListDocument,
    "\n  query OffersMine {\n    myOffers {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.OffersMineDocument,
    "\n  query OffersToReview {\n    offersToReview {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.OffersToReviewDocument,
    "\n  query OffersDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n    }\n  }\n": types.OffersDirectorySettingsDocument,
    "\n  mutation RateLimitsSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.RateLimitsSubmitApplicationDocument,
    "\n  mutation RateLimitsRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RateLimitsRequestPasswordResetDocument,
    "\n  mutation RateLimitsRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RateLimitsRequestEmailChangeDocument,
    "\n  mutation RateLimitsInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": types.RateLimitsInviteMemberDocument,
    "\n  mutation RateLimitsReportPost($postId: ID!) {\n    reportPost(postId: $postId, reason: \"Shares a participant's details\") {\n      id\n    }\n  }\n": types.RateLimitsReportPostDocument,
    "\n  mutation RateLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.RateLimitsCreateThreadDocument,
    "\n  mutation RateLimitsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.RateLimitsCreatePostDocument,
    "\n  mutation RateLimitsResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.RateLimitsResetPasswordDocument,
    "\n  mutation RateLimitsRejectApplication($id: ID!) {\n    rejectApplication(input: { applicationId: $id, reason: \"Not a fit\" }) {\n      id\n    }\n  }\n": types.RateLimitsRejectApplicationDocument,
    "\n  mutation RateLimitsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.RateLimitsChangePasswordDocument,
    "\n  mutation RateLimitsDeleteAccount($p: String!) {\n    deleteAccount(password: $p)\n  }\n": types.RateLimitsDeleteAccountDocument,
    "\n  fragment ReactionsPost on Post {\n    id\n    number\n    hidden\n    deleted\n    canReact\n    canReport\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReactionsPostFragmentDoc,
    "\n  mutation ReactionsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n": types.ReactionsReactDocument,
    "\n  mutation ReactionsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n": types.ReactionsUnreactDocument,
    "\n  query ReactionsThreadPosts($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          ...ReactionsPost\n        }\n      }\n    }\n  }\n": types.ReactionsThreadPostsDocument,
    "\n  query ReactionsCountsOnly($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          id\n          reactions {\n            kind\n            count\n            reactedByViewer\n          }\n        }\n      }\n    }\n  }\n": types.ReactionsCountsOnlyDocument,
    "\n  query ReactionsReactors($id: ID!, $first: Int) {\n    thread(id: $id) {\n      openingPost {\n        reactions {\n          kind\n          count\n          reactors(first: $first) {\n            id\n            displayName\n            organisation\n            roles\n          }\n        }\n      }\n    }\n  }\n": types.ReactionsReactorsDocument,
    "\n  mutation ReactionsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      deleted\n    }\n  }\n": types.ReactionsDeletePostDocument,
    "\n  mutation ReactionsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Off topic\") {\n      id\n      hidden\n    }\n  }\n": types.ReactionsHidePostDocument,
    "\n  fragment ReadingState on Thread {\n    id\n    isNew\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    watching\n  }\n": types.ReadingStateFragmentDoc,
    "\n  query ReadingThread($id: ID!) {\n    thread(id: $id) {\n      ...ReadingState\n    }\n  }\n": types.ReadingThreadDocument,
    "\n  mutation ReadingMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      ...ReadingState\n    }\n  }\n": types.ReadingMarkReadDocument,
    "\n  query ReadingSpaces {\n    categories {\n      id\n      unreadThreadCount\n      newThreadCount\n      watching\n    }\n  }\n": types.ReadingSpacesDocument,
    "\n  query ReadingThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 50) {\n      nodes {\n        ...ReadingState\n      }\n    }\n  }\n": types.ReadingThreadsDocument,
    "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n": types.ReportPostDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n": types.ResolveReportDocument,
    "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportsQueueDocument,
    "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n": types.ReportsQueueWithPostsDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": types.RsvpMessageAttendeesDocument,
    "\n  fragment ThreadsThread on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    replyCount\n    highestPostNumber\n    lastPostedAt\n    createdAt\n    updatedAt\n    revision\n    canReply\n    canEdit\n    canModerate\n    category {\n      id\n      slug\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n    }\n    caseStudy {\n      setting\n      activityTypes\n      referralRoute\n      groupSize\n      duration\n      benefits\n      measurement\n      whatWorked\n      wouldChange\n    }\n    openingPost {\n      id\n      number\n      body\n      bodyHtml\n      revisionCount\n      editedAt\n    }\n  }\n": types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsCreateDocument,
    "\n  mutation ThreadsUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsUpdateDocument,
    "\n  query ThreadsOne($id: ID!) {\n    thread(id: $id) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsOneDocument,
    "\n  query ThreadsRevisions($id: ID!) {\n    thread(id: $id) {\n      openingPost {\n        revisionCount\n        revisions {\n          revision\n          title\n          body\n          bodyHtml\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ThreadsRevisionsDocument,
    "\n  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadsListDocument,
    "\n  query ThreadsUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n    }\n    latestUpdates {\n      id\n      title\n    }\n  }\n": types.ThreadsUpdatesDocument,
    "\n  mutation ThreadsRedactPost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": types.ThreadsRedactPostDocument,
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": types.WatchingCategoriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n"): typeof import('./graphql').CalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarRegenerateToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CalendarRegenerateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EqualWorkRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').EqualWorkRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EqualWorkSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"): typeof import('./graphql').EqualWorkSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFixturesEventFields on Event {\n    id\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    timeZone\n    format\n    venueName\n    venueAddress\n    joinUrl\n    capacity\n    goingCount\n    waitlistCount\n    placesLeft\n    full\n    tags\n    region\n    accessibilityFeatures\n    accessibilityNotes\n    visibility\n    status\n    cancellationReason\n    cancelledAt\n    past\n    open\n    sequence\n    calendarPath\n    threadId\n    canManage\n    attendeesCsvPath\n    organisers {\n      id\n      displayName\n      organisation\n    }\n    myRsvp {\n      status\n      waitlistPosition\n      since\n    }\n  }\n"): typeof import('./graphql').EventFixturesEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventFixturesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n"): typeof import('./graphql').EventFixturesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventFixturesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventFixturesEventFields\n    }\n  }\n"): typeof import('./graphql').EventFixturesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventFixturesCancel($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      ...EventFixturesEventFields\n    }\n  }\n"): typeof import('./graphql').EventFixturesCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFixturesEvent($id: ID!) {\n    event(id: $id) {\n      ...EventFixturesEventFields\n    }\n  }\n"): typeof import('./graphql').EventFixturesEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventFixturesRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').EventFixturesRsvpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsList($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EventsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsUpcoming($first: Int) {\n    upcomingEvents(first: $first) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').EventsUpcomingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsAttendees($id: ID!) {\n    event(id: $id) {\n      attendees {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsAttendeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsFullPage {\n    events(first: 50) {\n      nodes {\n        id\n        joinUrl\n        canManage\n        organisers {\n          displayName\n        }\n        myRsvp {\n          status\n          waitlistPosition\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsFullPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferEnquiriesThread on OfferEnquiry {\n    id\n    offerId\n    offerTitle\n    authorName\n    answeredAt\n    viewerSide\n    messages {\n      side\n      authorName\n      body\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesThreadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferEnquiriesSend($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferEnquiriesReply($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferEnquiriesAnswerByLink($input: AnswerOfferEnquiryByLinkInput!) {\n    answerOfferEnquiryByLink(input: $input) {\n      enquiry {\n        ...OfferEnquiriesThread\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesAnswerByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiriesOne($id: ID!) {\n    offerEnquiry(id: $id) {\n      ...OfferEnquiriesThread\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiriesByLink($token: String!) {\n    offerEnquiryByLink(token: $token) {\n      ...OfferEnquiriesThread\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiriesForOffer($offerId: ID!) {\n    offerEnquiries(offerId: $offerId) {\n      nodes {\n        id\n        messages {\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesForOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEnquiriesMine {\n    myOfferEnquiries {\n      nodes {\n        id\n        offerTitle\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEnquiriesMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferEnquiriesDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').OfferEnquiriesDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferFixturesOfferFields on Offer {\n    id\n    title\n    organisation\n    summary\n    description\n    descriptionHtml\n    activityTypes\n    sixWays\n    benefits\n    suits\n    notSuited\n    format\n    place {\n      address\n      postcode\n      region\n      latitude\n      longitude\n    }\n    region\n    geocodeStatus\n    distanceKm\n    schedule\n    days\n    startsTime\n    endsTime\n    byArrangement\n    cost\n    costDetails\n    capacity\n    places\n    accessibilityFeatures\n    accessibilityNotes\n    referralUrl\n    referralEmail\n    referralPhone\n    selfReferral\n    contactName\n    contactEmail\n    contactPhone\n    visibility\n    status\n    reviewReason\n    publishedAt\n    lastConfirmedAt\n    freshness\n    revision\n    canManage\n    enquiryCounts {\n      enquiries\n      answered\n    }\n  }\n"): typeof import('./graphql').OfferFixturesOfferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFixturesCreate($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFixturesUpdate($input: UpdateOfferInput!) {\n    updateOffer(input: $input) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFixturesConfirm($id: ID!) {\n    confirmOffer(input: { id: $id }) {\n      offer {\n        ...OfferFixturesOfferFields\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFixturesPublish($id: ID!) {\n    publishOffer(input: { id: $id }) {\n      offer {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferFixturesReject($id: ID!, $reason: String!) {\n    rejectOffer(input: { id: $id, reason: $reason }) {\n      offer {\n        id\n        status\n        reviewReason\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferFixturesOffer($id: ID!) {\n    offer(id: $id) {\n      ...OfferFixturesOfferFields\n    }\n  }\n"): typeof import('./graphql').OfferFixturesOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferFixturesList($filter: OfferFilter, $first: Int, $after: String) {\n    offers(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          distanceKm\n          freshness\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OfferFixturesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersMine {\n    myOffers {\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OffersMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersToReview {\n    offersToReview {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OffersToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffersDirectorySettings {\n    offerDirectorySettings {\n      distanceSearch\n      mapTileUrl\n    }\n  }\n"): typeof import('./graphql').OffersDirectorySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"): typeof import('./graphql').RateLimitsSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RateLimitsRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): typeof import('./graphql').RateLimitsRequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"): typeof import('./graphql').RateLimitsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsReportPost($postId: ID!) {\n    reportPost(postId: $postId, reason: \"Shares a participant's details\") {\n      id\n    }\n  }\n"): typeof import('./graphql').RateLimitsReportPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RateLimitsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RateLimitsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').RateLimitsResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsRejectApplication($id: ID!) {\n    rejectApplication(input: { applicationId: $id, reason: \"Not a fit\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').RateLimitsRejectApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').RateLimitsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitsDeleteAccount($p: String!) {\n    deleteAccount(password: $p)\n  }\n"): typeof import('./graphql').RateLimitsDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionsPost on Post {\n    id\n    number\n    hidden\n    deleted\n    canReact\n    canReport\n    reactions {\n      kind\n      count\n      reactedByViewer\n      reactors {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ReactionsPostFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactionsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n"): typeof import('./graphql').ReactionsReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactionsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      ...ReactionsPost\n    }\n  }\n"): typeof import('./graphql').ReactionsUnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReactionsThreadPosts($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          ...ReactionsPost\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReactionsThreadPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReactionsCountsOnly($id: ID!, $first: Int) {\n    thread(id: $id) {\n      posts(first: $first) {\n        nodes {\n          id\n          reactions {\n            kind\n            count\n            reactedByViewer\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReactionsCountsOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReactionsReactors($id: ID!, $first: Int) {\n    thread(id: $id) {\n      openingPost {\n        reactions {\n          kind\n          count\n          reactors(first: $first) {\n            id\n            displayName\n            organisation\n            roles\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReactionsReactorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactionsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n      deleted\n    }\n  }\n"): typeof import('./graphql').ReactionsDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactionsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Off topic\") {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').ReactionsHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadingState on Thread {\n    id\n    isNew\n    unreadCount\n    lastReadNumber\n    firstUnreadNumber\n    watching\n  }\n"): typeof import('./graphql').ReadingStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingThread($id: ID!) {\n    thread(id: $id) {\n      ...ReadingState\n    }\n  }\n"): typeof import('./graphql').ReadingThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      ...ReadingState\n    }\n  }\n"): typeof import('./graphql').ReadingMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingSpaces {\n    categories {\n      id\n      unreadThreadCount\n      newThreadCount\n      watching\n    }\n  }\n"): typeof import('./graphql').ReadingSpacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadingThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 50) {\n      nodes {\n        ...ReadingState\n      }\n    }\n  }\n"): typeof import('./graphql').ReadingThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on PostReport {\n    id\n    reason\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    post {\n      id\n      number\n      hidden\n      hiddenReason\n    }\n    thread {\n      id\n      title\n    }\n    reporter {\n      id\n      displayName\n    }\n    resolvedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').ReportPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      ...ReportFields\n    }\n  }\n"): typeof import('./graphql').ResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsQueue($status: ReportStatus, $first: Int, $after: String) {\n    postReports(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportFields\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsQueueWithPosts($first: Int) {\n    postReports(first: $first) {\n      nodes {\n        ...ReportFields\n        post {\n          reactions {\n            count\n            reactedByViewer\n          }\n          canReact\n          canReport\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsQueueWithPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n"): typeof import('./graphql').RsvpUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RsvpAttendeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n"): typeof import('./graphql').RsvpMessageAttendeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadsThread on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    replyCount\n    highestPostNumber\n    lastPostedAt\n    createdAt\n    updatedAt\n    revision\n    canReply\n    canEdit\n    canModerate\n    category {\n      id\n      slug\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n    }\n    caseStudy {\n      setting\n      activityTypes\n      referralRoute\n      groupSize\n      duration\n      benefits\n      measurement\n      whatWorked\n      wouldChange\n    }\n    openingPost {\n      id\n      number\n      body\n      bodyHtml\n      revisionCount\n      editedAt\n    }\n  }\n"): typeof import('./graphql').ThreadsThreadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n"): typeof import('./graphql').ThreadsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n"): typeof import('./graphql').ThreadsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsOne($id: ID!) {\n    thread(id: $id) {\n      ...ThreadsThread\n    }\n  }\n"): typeof import('./graphql').ThreadsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsRevisions($id: ID!) {\n    thread(id: $id) {\n      openingPost {\n        revisionCount\n        revisions {\n          revision\n          title\n          body\n          bodyHtml\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadsRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n    }\n    latestUpdates {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ThreadsUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThreadsRedactPost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n"): typeof import('./graphql').ThreadsRedactPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n"): typeof import('./graphql').WatchingWatchThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n"): typeof import('./graphql').WatchingUnwatchThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n"): typeof import('./graphql').WatchingWatchCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n"): typeof import('./graphql').WatchingUnwatchCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n"): typeof import('./graphql').WatchingCategoriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
