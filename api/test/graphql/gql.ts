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
    "\n  mutation AccountDataDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.AccountDataDeleteAccountDocument,
    "\n  mutation AccountDataRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.AccountDataRsvpDocument,
    "\n  mutation AccountDataInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": typeof types.AccountDataInviteMemberDocument,
    "\n  mutation AccountDataCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": typeof types.AccountDataCompleteAccountSetupDocument,
    "\n  mutation AccountDataRequestPasswordReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": typeof types.AccountDataRequestPasswordResetDocument,
    "\n  mutation ApplicationsSubmit($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.ApplicationsSubmitDocument,
    "\n  query ApplicationsQueue($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        email\n        fullName\n        status\n        submittedAt\n        messages {\n          kind\n          body\n          authorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApplicationsQueueDocument,
    "\n  query ApplicationsApplicationId($id: ID!) {\n    application(id: $id) {\n      id\n    }\n  }\n": typeof types.ApplicationsApplicationIdDocument,
    "\n  query ApplicationsApplicationDetail($id: ID!) {\n    application(id: $id) {\n      status\n      messages {\n        kind\n        body\n      }\n    }\n  }\n": typeof types.ApplicationsApplicationDetailDocument,
    "\n  mutation ApplicationsApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      id\n      status\n      decidedByName\n      memberId\n    }\n  }\n": typeof types.ApplicationsApproveDocument,
    "\n  mutation ApplicationsReject($id: ID!, $reason: String!) {\n    rejectApplication(input: { applicationId: $id, reason: $reason }) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.ApplicationsRejectDocument,
    "\n  mutation ApplicationsAsk($id: ID!, $q: String!) {\n    requestApplicationInformation(input: { applicationId: $id, question: $q }) {\n      id\n      status\n      messages {\n        kind\n        body\n        authorName\n      }\n    }\n  }\n": typeof types.ApplicationsAskDocument,
    "\n  query ApplicationsApplicationQuestion($t: String!) {\n    applicationQuestion(token: $t) {\n      fullName\n      question\n    }\n  }\n": typeof types.ApplicationsApplicationQuestionDocument,
    "\n  mutation ApplicationsAnswerQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": typeof types.ApplicationsAnswerQuestionDocument,
    "\n  mutation ApplicationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": typeof types.ApplicationsInviteDocument,
    "\n  query ApplicationsAccountSetup($t: String!) {\n    accountSetup(token: $t) {\n      purpose\n      email\n      fullName\n      organisation\n    }\n  }\n": typeof types.ApplicationsAccountSetupDocument,
    "\n  query ApplicationsAccountSetupEmail($t: String!) {\n    accountSetup(token: $t) {\n      email\n    }\n  }\n": typeof types.ApplicationsAccountSetupEmailDocument,
    "\n  mutation ApplicationsCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": typeof types.ApplicationsCompleteAccountSetupDocument,
    "\n  query ApplicationsViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.ApplicationsViewerIdDocument,
    "\n  query ApplicationsViewerRoles {\n    viewer {\n      roles\n      displayName\n    }\n  }\n": typeof types.ApplicationsViewerRolesDocument,
    "\n  query ApplicationsAuditLogFor($id: ID!) {\n    auditLog(targetId: $id) {\n      nodes {\n        action\n        actorName\n        targetId\n      }\n    }\n  }\n": typeof types.ApplicationsAuditLogForDocument,
    "\n  query ApplicationsAuditLogIds {\n    auditLog {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ApplicationsAuditLogIdsDocument,
    "\n  query ApplicationsNotificationLinks {\n    notifications(first: 5) {\n      nodes {\n        title\n        link\n        read\n      }\n    }\n  }\n": typeof types.ApplicationsNotificationLinksDocument,
    "\n  query ApplicationsNotificationTitles {\n    notifications(first: 3) {\n      nodes {\n        title\n      }\n    }\n  }\n": typeof types.ApplicationsNotificationTitlesDocument,
    "\n  query ApplicationsLatestNotification {\n    notifications(first: 1) {\n      nodes {\n        id\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.ApplicationsLatestNotificationDocument,
    "\n  mutation ApplicationsMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": typeof types.ApplicationsMarkNotificationReadDocument,
    "\n  mutation ApplicationsMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.ApplicationsMarkAllNotificationsReadDocument,
    "\n  query ApplicationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.ApplicationsUnreadNotificationCountDocument,
    "\n  query ApplicationsDevMailbox {\n    devMailbox {\n      to\n      subject\n      text\n    }\n  }\n": typeof types.ApplicationsDevMailboxDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n      permissions\n    }\n  }\n": typeof types.AuthViewerDocument,
    "\n  mutation AuthSignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.AuthSignOutEverywhereDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n  mutation AuthRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.AuthRequestPasswordResetDocument,
    "\n  mutation AuthResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.AuthResetPasswordDocument,
    "\n  mutation AuthRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.AuthRequestEmailChangeDocument,
    "\n  mutation AuthConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.AuthConfirmEmailChangeDocument,
    "\n    mutation AuthVisitorChangePassword {\n      changePassword(input: { currentPassword: \"x\", newPassword: \"y\" })\n    }\n  ": typeof types.AuthVisitorChangePasswordDocument,
    "\n    mutation AuthVisitorRequestEmailChange {\n      requestEmailChange(input: { password: \"x\", newEmail: \"a@b.org\" })\n    }\n  ": typeof types.AuthVisitorRequestEmailChangeDocument,
    "\n  query AuthProductionViewerId {\n    viewer {\n      id\n    }\n  }\n": typeof types.AuthProductionViewerIdDocument,
    "\n  query CalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CalendarRegenerateToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": typeof types.CalendarRegenerateTokenDocument,
    "\n  query CategoriesCacheList {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.CategoriesCacheListDocument,
    "\n  mutation CategoriesCacheArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.CategoriesCacheArchiveDocument,
    "\n  query CategoriesCacheThread($id: ID!, $slug: String!) {\n    thread(id: $id) {\n      id\n      canReply\n      space {\n        slug\n      }\n    }\n    threads(filter: { spaceSlug: $slug }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CategoriesCacheThreadDocument,
    "\n  fragment CategoriesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    everyoneCanStart\n    readRoles\n    startRoles\n    replyRoles\n  }\n": typeof types.CategoriesFieldsFragmentDoc,
    "\n  query CategoriesList($includeArchived: Boolean) {\n    categories(includeArchived: $includeArchived) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesListDocument,
    "\n  query CategoriesOne($slug: String!) {\n    category(slug: $slug) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesOneDocument,
    "\n  mutation CategoriesCreate($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesCreateDocument,
    "\n  mutation CategoriesUpdate($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesUpdateDocument,
    "\n  mutation CategoriesMove($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesMoveDocument,
    "\n  mutation CategoriesArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesArchiveDocument,
    "\n  mutation CategoriesRestore($id: ID!) {\n    restoreCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n": typeof types.CategoriesRestoreDocument,
    "\n  query CommunityCountersOverview {\n    community {\n      memberCount\n      organisationCount\n    }\n  }\n": typeof types.CommunityCountersOverviewDocument,
    "\n  mutation CommunityCountersApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      status\n    }\n  }\n": typeof types.CommunityCountersApproveDocument,
    "\n  mutation CommunityCountersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.CommunityCountersSuspendDocument,
    "\n  mutation CommunityCountersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": typeof types.CommunityCountersReinstateDocument,
    "\n  mutation CommunityCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.CommunityCountersDeleteAccountDocument,
    "\n  query CompiledThreadPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      createdAt\n      canReply\n      canEdit\n      canModerate\n      space {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n      }\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          bodyHtml\n          createdAt\n          canEdit\n          canReact\n          canReport\n          author {\n            displayName\n          }\n          replyTo {\n            number\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 5) {\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CompiledThreadPageDocument,
    "\n  query CompiledSearch($query: String!) {\n    search(input: { query: $query }, first: 5) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          rank\n          thread {\n            id\n            title\n            space {\n              name\n            }\n          }\n          post {\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CompiledSearchDocument,
    "\n  query CompiledMissingThread($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.CompiledMissingThreadDocument,
    "\n  query DigestsPreference {\n    digestPreference {\n      frequency\n    }\n  }\n": typeof types.DigestsPreferenceDocument,
    "\n  mutation DigestsUpdatePreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n": typeof types.DigestsUpdatePreferenceDocument,
    "\n  query DigestsRuns {\n    digestRuns(first: 3) {\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n": typeof types.DigestsRunsDocument,
    "\n  mutation DigestsRun($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        trigger\n        sent\n        nothingNew\n        finishedAt\n      }\n    }\n  }\n": typeof types.DigestsRunDocument,
    "\n  mutation DigestsDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DigestsDeleteAccountDocument,
    "\n  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.DiscussionFixturesCreateThreadDocument,
    "\n  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.DiscussionFixturesCreatePostDocument,
    "\n  query DiscussionNotificationsList {\n    notifications(first: 50) {\n      nodes {\n        kind\n        title\n        link\n        read\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.DiscussionNotificationsListDocument,
    "\n  fragment DiscussionNotificationsPreference on NotificationPreference {\n    kind\n    label\n    inApp\n    email\n    emailAvailable\n  }\n": typeof types.DiscussionNotificationsPreferenceFragmentDoc,
    "\n  query DiscussionNotificationsPreferences {\n    notificationPreferences {\n      ...DiscussionNotificationsPreference\n    }\n  }\n": typeof types.DiscussionNotificationsPreferencesDocument,
    "\n  mutation DiscussionNotificationsUpdatePreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      ...DiscussionNotificationsPreference\n    }\n  }\n": typeof types.DiscussionNotificationsUpdatePreferencesDocument,
    "\n  mutation DiscussionNotificationsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsCreateThreadDocument,
    "\n  mutation DiscussionNotificationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.DiscussionNotificationsCreatePostDocument,
    "\n  mutation DiscussionNotificationsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsUpdatePostDocument,
    "\n  mutation DiscussionNotificationsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsReactDocument,
    "\n  mutation DiscussionNotificationsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsUnreactDocument,
    "\n  mutation DiscussionNotificationsReport($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsReportDocument,
    "\n  mutation DiscussionNotificationsResolve($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsResolveDocument,
    "\n  mutation DiscussionNotificationsWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      watching\n    }\n  }\n": typeof types.DiscussionNotificationsWatchThreadDocument,
    "\n  mutation DiscussionNotificationsWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      watching\n    }\n  }\n": typeof types.DiscussionNotificationsWatchCategoryDocument,
    "\n  mutation DiscussionNotificationsUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n    }\n  }\n": typeof types.DiscussionNotificationsUnwatchCategoryDocument,
    "\n  fragment DiscussionStatementsAuthor on PostAuthor {\n    id\n    displayName\n    organisation\n    roles\n  }\n": typeof types.DiscussionStatementsAuthorFragmentDoc,
    "\n  fragment DiscussionStatementsCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    referralRoute\n    groupSize\n    duration\n    benefits\n    measurement\n    whatWorked\n    wouldChange\n  }\n": typeof types.DiscussionStatementsCaseStudyFragmentDoc,
    "\n  query DiscussionStatementsList($slug: String, $first: Int) {\n    threads(filter: { categorySlug: $slug }, first: $first) {\n      nodes {\n        id\n        kind\n        title\n        summary\n        tags\n        pinned\n        locked\n        postCount\n        replyCount\n        lastPostedAt\n        category {\n          id\n          slug\n          name\n          canReply\n          unreadThreadCount\n          newThreadCount\n          watching\n        }\n        author {\n          ...DiscussionStatementsAuthor\n        }\n        lastPoster {\n          ...DiscussionStatementsAuthor\n        }\n        caseStudy {\n          ...DiscussionStatementsCaseStudy\n        }\n        openingPost {\n          id\n          bodyHtml\n        }\n        canReply\n        canEdit\n        canModerate\n        isNew\n        unreadCount\n        lastReadNumber\n        firstUnreadNumber\n        watching\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DiscussionStatementsListDocument,
    "\n  query DiscussionStatementsPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      category {\n        id\n        name\n        canReply\n      }\n      author {\n        ...DiscussionStatementsAuthor\n      }\n      lastPoster {\n        ...DiscussionStatementsAuthor\n      }\n      caseStudy {\n        ...DiscussionStatementsCaseStudy\n      }\n      openingPost {\n        id\n        number\n        bodyHtml\n      }\n      canReply\n      canEdit\n      canModerate\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          author {\n            ...DiscussionStatementsAuthor\n          }\n          replyTo {\n            id\n            number\n            author {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          mentions {\n            ...DiscussionStatementsAuthor\n          }\n          thread {\n            id\n            title\n          }\n          canEdit\n          canDelete\n          canModerate\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 3) {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          canReact\n          canReport\n          reportedByViewer\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DiscussionStatementsPageDocument,
    "\n  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          canEdit\n          canDelete\n          canModerate\n          canReact\n          canReport\n          reportedByViewer\n          author {\n            id\n            displayName\n            organisation\n          }\n          replyTo {\n            id\n            number\n            author {\n              id\n              displayName\n            }\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 10) {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DiscussionStatementsWebPostsDocument,
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
    "\n  mutation EvidenceSummaryCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.EvidenceSummaryCreateDocument,
    "\n  mutation EvidenceSummaryUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.EvidenceSummaryUpdateDocument,
    "\n  mutation EvidenceSummaryHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.EvidenceSummaryHidePostDocument,
    "\n  mutation EvidenceSummaryRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": typeof types.EvidenceSummaryRestorePostDocument,
    "\n  mutation EvidenceSummaryDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": typeof types.EvidenceSummaryDeletePostDocument,
    "\n  mutation EvidenceSummaryMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": typeof types.EvidenceSummaryMoveDocument,
    "\n  query EvidenceSummaryPage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      caseStudies {\n        value\n        text\n      }\n      participants {\n        value\n        text\n      }\n      measures {\n        measure {\n          code\n        }\n        studies {\n          value\n        }\n        participants {\n          value\n        }\n        hidden\n        medianChange\n        smallestChange\n        largestChange\n      }\n    }\n  }\n": typeof types.EvidenceSummaryPageDocument,
    "\n  mutation EvidenceSummaryDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.EvidenceSummaryDeleteAccountDocument,
    "\n  fragment EvidenceCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    sixWays\n    evidenceType\n    evidenceLink\n    outcomes {\n      measure {\n        id\n        code\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      statistic\n      participantsStarted\n      participantsCompleted\n      before\n      after\n      change\n      beforeOn\n      afterOn\n    }\n  }\n": typeof types.EvidenceCaseStudyFragmentDoc,
    "\n  mutation EvidenceCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": typeof types.EvidenceCreateDocument,
    "\n  mutation EvidenceUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": typeof types.EvidenceUpdateDocument,
    "\n  query EvidenceThread($id: ID!) {\n    thread(id: $id) {\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": typeof types.EvidenceThreadDocument,
    "\n  fragment EvidenceMeasure on OutcomeMeasure {\n    id\n    code\n    name\n    scaleMin\n    scaleMax\n    higherIsBetter\n    standard\n  }\n": typeof types.EvidenceMeasureFragmentDoc,
    "\n  query EvidenceMeasures {\n    outcomeMeasures {\n      ...EvidenceMeasure\n      description\n    }\n  }\n": typeof types.EvidenceMeasuresDocument,
    "\n  mutation EvidenceCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        ...EvidenceMeasure\n      }\n    }\n  }\n": typeof types.EvidenceCreateMeasureDocument,
    "\n  fragment EvidenceCount on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n": typeof types.EvidenceCountFragmentDoc,
    "\n  fragment EvidenceFigures on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCount\n    }\n    participants {\n      ...EvidenceCount\n    }\n    measures {\n      measure {\n        code\n        name\n      }\n      studies {\n        ...EvidenceCount\n      }\n      participants {\n        ...EvidenceCount\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n": typeof types.EvidenceFiguresFragmentDoc,
    "\n  query EvidencePage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceFigures\n    }\n  }\n": typeof types.EvidencePageDocument,
    "\n  query EvidenceImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceFigures\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": typeof types.EvidenceImpactReportDocument,
    "\n  mutation EvidenceSendEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        id\n      }\n    }\n  }\n": typeof types.EvidenceSendEnquiryDocument,
    "\n  mutation EvidenceReplyEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        id\n        answeredAt\n      }\n    }\n  }\n": typeof types.EvidenceReplyEnquiryDocument,
    "\n  query EvidenceEnquiryQuarters($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      quarters {\n        quarter\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": typeof types.EvidenceEnquiryQuartersDocument,
    "\n  mutation EvidenceDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.EvidenceDeleteAccountDocument,
    "\n  mutation LiveUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n": typeof types.LiveUpdatePostDocument,
    "\n  mutation LiveHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.LiveHidePostDocument,
    "\n  mutation LiveDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": typeof types.LiveDeletePostDocument,
    "\n  mutation LiveMoveThread($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": typeof types.LiveMoveThreadDocument,
    "\n  query LiveUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.LiveUnreadCountDocument,
    "\n  mutation LiveMarkAllRead {\n    markAllNotificationsRead\n  }\n": typeof types.LiveMarkAllReadDocument,
    "\n  subscription LiveEventIds {\n    liveEvents {\n      id\n    }\n  }\n": typeof types.LiveEventIdsDocument,
    "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  mutation LoadBurstsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.LoadBurstsCreatePostDocument,
    "\n  query LoadBurstsThreadState($id: ID!) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      unreadCount\n      lastReadNumber\n    }\n  }\n": typeof types.LoadBurstsThreadStateDocument,
    "\n  mutation LoadFaultsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.LoadFaultsCreatePostDocument,
    "\n  mutation LoadFaultsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.LoadFaultsCreateThreadDocument,
    "\n  query LoadMixedThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 20) {\n      nodes {\n        id\n        title\n        replyCount\n        unreadCount\n        lastPostedAt\n      }\n    }\n  }\n": typeof types.LoadMixedThreadsDocument,
    "\n  query LoadMixedThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      unreadCount\n      posts(first: 20) {\n        nodes {\n          id\n          number\n          bodyHtml\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoadMixedThreadPageDocument,
    "\n  query LoadMixedEvents {\n    events(first: 20) {\n      nodes {\n        id\n        title\n        goingCount\n        placesLeft\n      }\n    }\n  }\n": typeof types.LoadMixedEventsDocument,
    "\n  query LoadMixedUnread {\n    unreadNotificationCount\n  }\n": typeof types.LoadMixedUnreadDocument,
    "\n  mutation LoadMixedCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.LoadMixedCreatePostDocument,
    "\n  mutation LoadMixedMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      id\n    }\n  }\n": typeof types.LoadMixedMarkReadDocument,
    "\n  mutation LoggingCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.LoggingCreatePostDocument,
    "\n  fragment MembersProfile on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    bio\n    bioHtml\n    interests\n    activityTypes\n    takesReferrals\n    email\n    showEmail\n    roles\n    memberSince\n    status\n    statusReason\n  }\n": typeof types.MembersProfileFragmentDoc,
    "\n  query MembersMember($id: ID!) {\n    member(id: $id) {\n      ...MembersProfile\n    }\n  }\n": typeof types.MembersMemberDocument,
    "\n  query MembersMyProfile {\n    myProfile {\n      ...MembersProfile\n    }\n  }\n": typeof types.MembersMyProfileDocument,
    "\n  query MembersDirectory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $roles: [Role!]\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      roles: $roles\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          status\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDirectoryDocument,
    "\n  query MembersMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        status\n        statusReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersMembersDocument,
    "\n  mutation MembersUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MembersProfile\n    }\n  }\n": typeof types.MembersUpdateProfileDocument,
    "\n  mutation MembersSetRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.MembersSetRolesDocument,
    "\n  mutation MembersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.MembersSuspendDocument,
    "\n  mutation MembersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.MembersReinstateDocument,
    "\n  mutation MembersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.MembersDeleteAccountDocument,
    "\n  query MembersViewer {\n    viewer {\n      id\n      permissions\n    }\n  }\n": typeof types.MembersViewerDocument,
    "\n  fragment ModerationThread on Thread {\n    id\n    pinned\n    locked\n    hidden\n    deleted\n    postCount\n    canModerate\n    category {\n      id\n    }\n  }\n": typeof types.ModerationThreadFragmentDoc,
    "\n  fragment ModerationPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canModerate\n  }\n": typeof types.ModerationPostFragmentDoc,
    "\n  mutation ModerationPin($id: ID!) {\n    pinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": typeof types.ModerationPinDocument,
    "\n  mutation ModerationUnpin($id: ID!) {\n    unpinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": typeof types.ModerationUnpinDocument,
    "\n  mutation ModerationLock($id: ID!) {\n    lockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": typeof types.ModerationLockDocument,
    "\n  mutation ModerationUnlock($id: ID!) {\n    unlockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": typeof types.ModerationUnlockDocument,
    "\n  mutation ModerationMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      ...ModerationThread\n    }\n  }\n": typeof types.ModerationMoveDocument,
    "\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ModerationPost\n    }\n  }\n": typeof types.ModerationHideDocument,
    "\n  mutation ModerationRestore($id: ID!) {\n    restorePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n": typeof types.ModerationRestoreDocument,
    "\n  mutation ModerationDelete($id: ID!) {\n    deletePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n": typeof types.ModerationDeleteDocument,
    "\n  query ModerationPosts($id: ID!) {\n    thread(id: $id) {\n      ...ModerationThread\n      posts {\n        nodes {\n          ...ModerationPost\n        }\n      }\n    }\n  }\n": typeof types.ModerationPostsDocument,
    "\n  query ModerationList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n        pinned\n      }\n    }\n  }\n": typeof types.ModerationListDocument,
    "\n  mutation ModerationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.ModerationCreatePostDocument,
    "\n  query MutationInputsMutationArgs {\n    __type(name: \"Mutation\") {\n      fields {\n        name\n        args(includeDeprecated: true) {\n          name\n          isDeprecated\n          deprecationReason\n          type {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.MutationInputsMutationArgsDocument,
    "\n  mutation MutationInputsHidePostIdOnly($id: ID) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n": typeof types.MutationInputsHidePostIdOnlyDocument,
    "\n  mutation MutationInputsHidePostOld($id: ID, $reason: String) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.MutationInputsHidePostOldDocument,
    "\n  mutation MutationInputsHidePostNew($input: HidePostInput) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n": typeof types.MutationInputsHidePostNewDocument,
    "\n  fragment MutationInputsThreadState on Thread {\n    pinned\n    locked\n    category {\n      id\n    }\n  }\n": typeof types.MutationInputsThreadStateFragmentDoc,
    "\n  mutation MutationInputsPinThread($input: ThreadIdInput) {\n    pinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": typeof types.MutationInputsPinThreadDocument,
    "\n  mutation MutationInputsUnpinThread($input: ThreadIdInput) {\n    unpinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": typeof types.MutationInputsUnpinThreadDocument,
    "\n  mutation MutationInputsLockThread($input: ThreadIdInput) {\n    lockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": typeof types.MutationInputsLockThreadDocument,
    "\n  mutation MutationInputsUnlockThread($input: ThreadIdInput) {\n    unlockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": typeof types.MutationInputsUnlockThreadDocument,
    "\n  mutation MutationInputsMoveThread($input: MoveThreadInput) {\n    moveThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": typeof types.MutationInputsMoveThreadDocument,
    "\n  mutation MutationInputsWatchThread($input: ThreadIdInput) {\n    watchThread(input: $input) {\n      watching\n    }\n  }\n": typeof types.MutationInputsWatchThreadDocument,
    "\n  mutation MutationInputsUnwatchThread($input: ThreadIdInput) {\n    unwatchThread(input: $input) {\n      watching\n    }\n  }\n": typeof types.MutationInputsUnwatchThreadDocument,
    "\n  mutation MutationInputsMarkThreadRead($input: MarkThreadReadInput) {\n    markThreadRead(input: $input) {\n      lastReadNumber\n      unreadCount\n    }\n  }\n": typeof types.MutationInputsMarkThreadReadDocument,
    "\n  mutation MutationInputsDeletePost($input: PostIdInput) {\n    deletePost(input: $input) {\n      deleted\n    }\n  }\n": typeof types.MutationInputsDeletePostDocument,
    "\n  mutation MutationInputsHidePost($input: HidePostInput) {\n    hidePost(input: $input) {\n      hidden\n      hiddenReason\n    }\n  }\n": typeof types.MutationInputsHidePostDocument,
    "\n  mutation MutationInputsRestorePost($input: PostIdInput) {\n    restorePost(input: $input) {\n      hidden\n    }\n  }\n": typeof types.MutationInputsRestorePostDocument,
    "\n  fragment MutationInputsReactions on Post {\n    reactions {\n      kind\n      count\n      reactedByViewer\n    }\n  }\n": typeof types.MutationInputsReactionsFragmentDoc,
    "\n  mutation MutationInputsReact($input: ReactionInput) {\n    react(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n": typeof types.MutationInputsReactDocument,
    "\n  mutation MutationInputsUnreact($input: ReactionInput) {\n    unreact(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n": typeof types.MutationInputsUnreactDocument,
    "\n  mutation MutationInputsReportPost($input: ReportPostInput) {\n    reportPost(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.MutationInputsReportPostDocument,
    "\n  mutation MutationInputsResolveReport($input: ResolveReportInput) {\n    resolveReport(input: $input) {\n      status\n      resolutionNote\n    }\n  }\n": typeof types.MutationInputsResolveReportDocument,
    "\n  mutation MutationInputsRsvp($input: RsvpInput) {\n    rsvp(input: $input) {\n      myRsvp {\n        status\n      }\n    }\n  }\n": typeof types.MutationInputsRsvpDocument,
    "\n  mutation MutationInputsCancelEvent($input: CancelEventInput) {\n    cancelEvent(input: $input) {\n      status\n      cancellationReason\n    }\n  }\n": typeof types.MutationInputsCancelEventDocument,
    "\n  mutation MutationInputsSetMemberRoles($input: SetMemberRolesInput) {\n    setMemberRoles(input: $input) {\n      roles\n    }\n  }\n": typeof types.MutationInputsSetMemberRolesDocument,
    "\n  mutation MutationInputsSuspendMember($input: MemberStatusInput) {\n    suspendMember(input: $input) {\n      status\n    }\n  }\n": typeof types.MutationInputsSuspendMemberDocument,
    "\n  mutation MutationInputsReinstateMember($input: MemberStatusInput) {\n    reinstateMember(input: $input) {\n      status\n    }\n  }\n": typeof types.MutationInputsReinstateMemberDocument,
    "\n  mutation MutationInputsMarkNotificationRead($input: NotificationIdInput) {\n    markNotificationRead(input: $input)\n  }\n": typeof types.MutationInputsMarkNotificationReadDocument,
    "\n  mutation MutationInputsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.MutationInputsUpdateNotificationPreferencesDocument,
    "\n  mutation MutationInputsUpdateNotificationPreferenceKinds($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n    }\n  }\n": typeof types.MutationInputsUpdateNotificationPreferenceKindsDocument,
    "\n  mutation MutationInputsRequestPasswordReset($input: RequestPasswordResetInput) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.MutationInputsRequestPasswordResetDocument,
    "\n  mutation MutationInputsConfirmEmailChange($input: ConfirmEmailChangeInput) {\n    confirmEmailChange(input: $input)\n  }\n": typeof types.MutationInputsConfirmEmailChangeDocument,
    "\n  mutation MutationInputsDeleteAccount($input: DeleteAccountInput) {\n    deleteAccount(input: $input)\n  }\n": typeof types.MutationInputsDeleteAccountDocument,
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
    "\n  fragment PostsPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    author {\n      id\n      displayName\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n      }\n    }\n    mentions {\n      id\n      displayName\n    }\n    thread {\n      id\n      postCount\n      highestPostNumber\n    }\n  }\n": typeof types.PostsPostFragmentDoc,
    "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostsPost\n    }\n  }\n": typeof types.PostsCreatePostDocument,
    "\n  mutation PostsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostsPost\n    }\n  }\n": typeof types.PostsUpdatePostDocument,
    "\n  mutation PostsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostsPost\n    }\n  }\n": typeof types.PostsDeletePostDocument,
    "\n  mutation PostsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      openingPost {\n        id\n      }\n    }\n  }\n": typeof types.PostsCreateThreadDocument,
    "\n  query PostsPage($id: ID!, $first: Int, $after: String, $fromNumber: Int) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      highestPostNumber\n      lastPoster {\n        id\n      }\n      posts(first: $first, after: $after, fromNumber: $fromNumber) {\n        edges {\n          cursor\n          node {\n            ...PostsPost\n          }\n        }\n        nodes {\n          id\n          number\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostsPageDocument,
    "\n  query PostsRevisions($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostsRevisionsDocument,
    "\n  query PostsReplyRevisions($id: ID!) {\n    thread(id: $id) {\n      posts(fromNumber: 2) {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostsReplyRevisionsDocument,
    "\n  query PostsThreadList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PostsThreadListDocument,
    "\n  mutation PostsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Phone number\") {\n      id\n    }\n  }\n": typeof types.PostsHidePostDocument,
    "\n  query PostsPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n": typeof types.PostsPreviewDocument,
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
    "\n  query ReportsPostFlags($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          id\n          canReport\n          reportedByViewer\n        }\n      }\n    }\n  }\n": typeof types.ReportsPostFlagsDocument,
    "\n  mutation ReportsDeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.ReportsDeletePostDocument,
    "\n  mutation ReportsHidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      id\n    }\n  }\n": typeof types.ReportsHidePostDocument,
    "\n  mutation ReportsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportsCreatePostDocument,
    "\n  query ReportsReportedBodies {\n    postReports(first: 100) {\n      nodes {\n        id\n        post {\n          body\n          bodyText\n        }\n      }\n    }\n  }\n": typeof types.ReportsReportedBodiesDocument,
    "\n  query ReportsNotificationTitles {\n    notifications(first: 50) {\n      nodes {\n        title\n      }\n    }\n  }\n": typeof types.ReportsNotificationTitlesDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": typeof types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": typeof types.RsvpMessageAttendeesDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    rank\n    snippetHtml\n    thread {\n      id\n      title\n      kind\n    }\n    post {\n      id\n      number\n      body\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query SearchHits($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n    }\n  }\n": typeof types.SearchHitsDocument,
    "\n  query SearchWebPage($input: SearchInput!, $first: Int) {\n    search(input: $input, first: $first) {\n      edges {\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            category {\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchWebPageDocument,
    "\n  mutation SpaceCountersHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.SpaceCountersHidePostDocument,
    "\n  mutation SpaceCountersRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": typeof types.SpaceCountersRestorePostDocument,
    "\n  mutation SpaceCountersDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": typeof types.SpaceCountersDeletePostDocument,
    "\n  mutation SpaceCountersMarkRead($id: ID!, $n: Int!) {\n    markThreadRead(threadId: $id, upToNumber: $n) {\n      id\n    }\n  }\n": typeof types.SpaceCountersMarkReadDocument,
    "\n  mutation SpaceCountersMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": typeof types.SpaceCountersMoveDocument,
    "\n  mutation SpaceCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.SpaceCountersDeleteAccountDocument,
    "\n  fragment SpacesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    readRoles\n    watching\n  }\n": typeof types.SpacesFieldsFragmentDoc,
    "\n  query SpacesList($includeArchived: Boolean) {\n    spaces(includeArchived: $includeArchived) {\n      ...SpacesFields\n    }\n  }\n": typeof types.SpacesListDocument,
    "\n  query SpacesOne($slug: String!) {\n    space(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n": typeof types.SpacesOneDocument,
    "\n  query SpacesOldOne($slug: String!) {\n    category(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n": typeof types.SpacesOldOneDocument,
    "\n  query SpacesOldList {\n    categories {\n      ...SpacesFields\n    }\n  }\n": typeof types.SpacesOldListDocument,
    "\n  mutation SpacesCreate($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesCreateDocument,
    "\n  mutation SpacesUpdate($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesUpdateDocument,
    "\n  mutation SpacesMove($input: MoveSpaceInput!) {\n    moveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n      swappedWith {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesMoveDocument,
    "\n  mutation SpacesArchive($input: SpaceIdInput!) {\n    archiveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesArchiveDocument,
    "\n  mutation SpacesRestore($input: SpaceIdInput!) {\n    restoreSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesRestoreDocument,
    "\n  mutation SpacesWatch($input: SpaceIdInput!) {\n    watchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesWatchDocument,
    "\n  mutation SpacesUnwatch($input: SpaceIdInput!) {\n    unwatchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesUnwatchDocument,
    "\n  mutation SpacesOldWatch($id: ID!) {\n    watchCategory(id: $id) {\n      watching\n    }\n  }\n": typeof types.SpacesOldWatchDocument,
    "\n  query SpacesThreadSpace($id: ID!) {\n    thread(id: $id) {\n      space {\n        ...SpacesFields\n      }\n      category {\n        ...SpacesFields\n      }\n    }\n  }\n": typeof types.SpacesThreadSpaceDocument,
    "\n    mutation SpacesCreateThread($input: CreateThreadInput!) {\n      createThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": typeof types.SpacesCreateThreadDocument,
    "\n    mutation SpacesMoveThread($input: MoveThreadInput) {\n      moveThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": typeof types.SpacesMoveThreadDocument,
    "\n    mutation SpacesMoveThreadPositional($id: ID, $categoryId: ID) {\n      moveThread(id: $id, categoryId: $categoryId) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": typeof types.SpacesMoveThreadPositionalDocument,
    "\n    query SpacesThreads($filter: ThreadFilter) {\n      threads(filter: $filter, first: 50) {\n        nodes {\n          id\n          space {\n            slug\n          }\n        }\n      }\n    }\n  ": typeof types.SpacesThreadsDocument,
    "\n    query SpacesSearch($input: SearchInput!) {\n      search(input: $input) {\n        nodes {\n          thread {\n            id\n            space {\n              slug\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.SpacesSearchDocument,
    "\n    subscription SpacesLive($spaceId: ID, $categoryId: ID) {\n      liveEvents(spaceId: $spaceId, categoryId: $categoryId) {\n        id\n        kind\n        threadId\n        spaceId\n        categoryId\n      }\n    }\n  ": typeof types.SpacesLiveDocument,
    "\n    query SpacesIntrospection {\n      __schema {\n        types {\n          name\n          fields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n            args(includeDeprecated: true) {\n              name\n              isDeprecated\n              deprecationReason\n            }\n          }\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n          enumValues(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      }\n    }\n  ": typeof types.SpacesIntrospectionDocument,
    "\n    query SpacesPermissions {\n      viewer {\n        permissions\n      }\n    }\n  ": typeof types.SpacesPermissionsDocument,
    "\n  fragment ThreadsThread on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    replyCount\n    highestPostNumber\n    lastPostedAt\n    createdAt\n    updatedAt\n    revision\n    canReply\n    canEdit\n    canModerate\n    category {\n      id\n      slug\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n    }\n    caseStudy {\n      setting\n      activityTypes\n      referralRoute\n      groupSize\n      duration\n      benefits\n      measurement\n      whatWorked\n      wouldChange\n    }\n    openingPost {\n      id\n      number\n      body\n      bodyHtml\n      revisionCount\n      editedAt\n    }\n  }\n": typeof types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsCreateDocument,
    "\n  mutation ThreadsUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsUpdateDocument,
    "\n  query ThreadsOne($id: ID!) {\n    thread(id: $id) {\n      ...ThreadsThread\n    }\n  }\n": typeof types.ThreadsOneDocument,
    "\n  query ThreadsRevisions($id: ID!) {\n    thread(id: $id) {\n      openingPost {\n        revisionCount\n        revisions {\n          revision\n          title\n          body\n          bodyHtml\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadsRevisionsDocument,
    "\n  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadsListDocument,
    "\n  query ThreadsUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n    }\n    latestUpdates {\n      id\n      title\n    }\n  }\n": typeof types.ThreadsUpdatesDocument,
    "\n  mutation ThreadsRedactPost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": typeof types.ThreadsRedactPostDocument,
    "\n  mutation TwoProcessesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.TwoProcessesCreateThreadDocument,
    "\n  mutation TwoProcessesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.TwoProcessesCreatePostDocument,
    "\n  query TwoProcessesViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.TwoProcessesViewerDocument,
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": typeof types.WatchingCategoriesDocument,
    "\n  query WebAppViewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": typeof types.WebAppViewerDocument,
    "\n  query WebAppSchemaTypes {\n    __schema {\n      types {\n        name\n        description\n        fields {\n          name\n          description\n        }\n      }\n    }\n  }\n": typeof types.WebAppSchemaTypesDocument,
    "\n  mutation JourneyEvidenceCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.JourneyEvidenceCreateThreadDocument,
    "\n  mutation JourneyLiveCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.JourneyLiveCreateThreadDocument,
    "\n  mutation JourneyLiveCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.JourneyLiveCreatePostDocument,
    "\n  mutation JourneyMembershipSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.JourneyMembershipSubmitApplicationDocument,
    "\n  mutation JourneyThreadCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.JourneyThreadCreateThreadDocument,
    "\n  mutation JourneyThreadCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.JourneyThreadCreatePostDocument,
    "\n  mutation JourneyThreadUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": typeof types.JourneyThreadUpdatePostDocument,
    "\n  mutation JourneyThreadReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.JourneyThreadReportPostDocument,
    "\n  mutation JourneyThreadResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, action: DISMISS, note: $note) {\n      id\n    }\n  }\n": typeof types.JourneyThreadResolveReportDocument,
    "\n  query JourneyThreadSpaces {\n    spaces {\n      id\n      slug\n    }\n  }\n": typeof types.JourneyThreadSpacesDocument,
};
const documents: Documents = {
    "\n  mutation AccountDataDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.AccountDataDeleteAccountDocument,
    "\n  mutation AccountDataRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.AccountDataRsvpDocument,
    "\n  mutation AccountDataInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": types.AccountDataInviteMemberDocument,
    "\n  mutation AccountDataCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": types.AccountDataCompleteAccountSetupDocument,
    "\n  mutation AccountDataRequestPasswordReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n": types.AccountDataRequestPasswordResetDocument,
    "\n  mutation ApplicationsSubmit($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.ApplicationsSubmitDocument,
    "\n  query ApplicationsQueue($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        email\n        fullName\n        status\n        submittedAt\n        messages {\n          kind\n          body\n          authorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApplicationsQueueDocument,
    "\n  query ApplicationsApplicationId($id: ID!) {\n    application(id: $id) {\n      id\n    }\n  }\n": types.ApplicationsApplicationIdDocument,
    "\n  query ApplicationsApplicationDetail($id: ID!) {\n    application(id: $id) {\n      status\n      messages {\n        kind\n        body\n      }\n    }\n  }\n": types.ApplicationsApplicationDetailDocument,
    "\n  mutation ApplicationsApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      id\n      status\n      decidedByName\n      memberId\n    }\n  }\n": types.ApplicationsApproveDocument,
    "\n  mutation ApplicationsReject($id: ID!, $reason: String!) {\n    rejectApplication(input: { applicationId: $id, reason: $reason }) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.ApplicationsRejectDocument,
    "\n  mutation ApplicationsAsk($id: ID!, $q: String!) {\n    requestApplicationInformation(input: { applicationId: $id, question: $q }) {\n      id\n      status\n      messages {\n        kind\n        body\n        authorName\n      }\n    }\n  }\n": types.ApplicationsAskDocument,
    "\n  query ApplicationsApplicationQuestion($t: String!) {\n    applicationQuestion(token: $t) {\n      fullName\n      question\n    }\n  }\n": types.ApplicationsApplicationQuestionDocument,
    "\n  mutation ApplicationsAnswerQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": types.ApplicationsAnswerQuestionDocument,
    "\n  mutation ApplicationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": types.ApplicationsInviteDocument,
    "\n  query ApplicationsAccountSetup($t: String!) {\n    accountSetup(token: $t) {\n      purpose\n      email\n      fullName\n      organisation\n    }\n  }\n": types.ApplicationsAccountSetupDocument,
    "\n  query ApplicationsAccountSetupEmail($t: String!) {\n    accountSetup(token: $t) {\n      email\n    }\n  }\n": types.ApplicationsAccountSetupEmailDocument,
    "\n  mutation ApplicationsCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": types.ApplicationsCompleteAccountSetupDocument,
    "\n  query ApplicationsViewerId {\n    viewer {\n      id\n    }\n  }\n": types.ApplicationsViewerIdDocument,
    "\n  query ApplicationsViewerRoles {\n    viewer {\n      roles\n      displayName\n    }\n  }\n": types.ApplicationsViewerRolesDocument,
    "\n  query ApplicationsAuditLogFor($id: ID!) {\n    auditLog(targetId: $id) {\n      nodes {\n        action\n        actorName\n        targetId\n      }\n    }\n  }\n": types.ApplicationsAuditLogForDocument,
    "\n  query ApplicationsAuditLogIds {\n    auditLog {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ApplicationsAuditLogIdsDocument,
    "\n  query ApplicationsNotificationLinks {\n    notifications(first: 5) {\n      nodes {\n        title\n        link\n        read\n      }\n    }\n  }\n": types.ApplicationsNotificationLinksDocument,
    "\n  query ApplicationsNotificationTitles {\n    notifications(first: 3) {\n      nodes {\n        title\n      }\n    }\n  }\n": types.ApplicationsNotificationTitlesDocument,
    "\n  query ApplicationsLatestNotification {\n    notifications(first: 1) {\n      nodes {\n        id\n      }\n    }\n    unreadNotificationCount\n  }\n": types.ApplicationsLatestNotificationDocument,
    "\n  mutation ApplicationsMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": types.ApplicationsMarkNotificationReadDocument,
    "\n  mutation ApplicationsMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.ApplicationsMarkAllNotificationsReadDocument,
    "\n  query ApplicationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.ApplicationsUnreadNotificationCountDocument,
    "\n  query ApplicationsDevMailbox {\n    devMailbox {\n      to\n      subject\n      text\n    }\n  }\n": types.ApplicationsDevMailboxDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n      permissions\n    }\n  }\n": types.AuthViewerDocument,
    "\n  mutation AuthSignOutEverywhere {\n    signOutEverywhere\n  }\n": types.AuthSignOutEverywhereDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.AuthChangePasswordDocument,
    "\n  mutation AuthRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.AuthRequestPasswordResetDocument,
    "\n  mutation AuthResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.AuthResetPasswordDocument,
    "\n  mutation AuthRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.AuthRequestEmailChangeDocument,
    "\n  mutation AuthConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.AuthConfirmEmailChangeDocument,
    "\n    mutation AuthVisitorChangePassword {\n      changePassword(input: { currentPassword: \"x\", newPassword: \"y\" })\n    }\n  ": types.AuthVisitorChangePasswordDocument,
    "\n    mutation AuthVisitorRequestEmailChange {\n      requestEmailChange(input: { password: \"x\", newEmail: \"a@b.org\" })\n    }\n  ": types.AuthVisitorRequestEmailChangeDocument,
    "\n  query AuthProductionViewerId {\n    viewer {\n      id\n    }\n  }\n": types.AuthProductionViewerIdDocument,
    "\n  query CalendarFeed {\n    myCalendarFeed {\n      active\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CalendarRegenerateToken {\n    regenerateCalendarToken {\n      url\n      createdAt\n    }\n  }\n": types.CalendarRegenerateTokenDocument,
    "\n  query CategoriesCacheList {\n    categories {\n      id\n      name\n    }\n  }\n": types.CategoriesCacheListDocument,
    "\n  mutation CategoriesCacheArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": types.CategoriesCacheArchiveDocument,
    "\n  query CategoriesCacheThread($id: ID!, $slug: String!) {\n    thread(id: $id) {\n      id\n      canReply\n      space {\n        slug\n      }\n    }\n    threads(filter: { spaceSlug: $slug }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CategoriesCacheThreadDocument,
    "\n  fragment CategoriesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    everyoneCanStart\n    readRoles\n    startRoles\n    replyRoles\n  }\n": types.CategoriesFieldsFragmentDoc,
    "\n  query CategoriesList($includeArchived: Boolean) {\n    categories(includeArchived: $includeArchived) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesListDocument,
    "\n  query CategoriesOne($slug: String!) {\n    category(slug: $slug) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesOneDocument,
    "\n  mutation CategoriesCreate($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesCreateDocument,
    "\n  mutation CategoriesUpdate($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesUpdateDocument,
    "\n  mutation CategoriesMove($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesMoveDocument,
    "\n  mutation CategoriesArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesArchiveDocument,
    "\n  mutation CategoriesRestore($id: ID!) {\n    restoreCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n": types.CategoriesRestoreDocument,
    "\n  query CommunityCountersOverview {\n    community {\n      memberCount\n      organisationCount\n    }\n  }\n": types.CommunityCountersOverviewDocument,
    "\n  mutation CommunityCountersApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      status\n    }\n  }\n": types.CommunityCountersApproveDocument,
    "\n  mutation CommunityCountersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": types.CommunityCountersSuspendDocument,
    "\n  mutation CommunityCountersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n": types.CommunityCountersReinstateDocument,
    "\n  mutation CommunityCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.CommunityCountersDeleteAccountDocument,
    "\n  query CompiledThreadPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      createdAt\n      canReply\n      canEdit\n      canModerate\n      space {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n      }\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          bodyHtml\n          createdAt\n          canEdit\n          canReact\n          canReport\n          author {\n            displayName\n          }\n          replyTo {\n            number\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 5) {\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CompiledThreadPageDocument,
    "\n  query CompiledSearch($query: String!) {\n    search(input: { query: $query }, first: 5) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          rank\n          thread {\n            id\n            title\n            space {\n              name\n            }\n          }\n          post {\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.CompiledSearchDocument,
    "\n  query CompiledMissingThread($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n    }\n  }\n": types.CompiledMissingThreadDocument,
    "\n  query DigestsPreference {\n    digestPreference {\n      frequency\n    }\n  }\n": types.DigestsPreferenceDocument,
    "\n  mutation DigestsUpdatePreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n": types.DigestsUpdatePreferenceDocument,
    "\n  query DigestsRuns {\n    digestRuns(first: 3) {\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n": types.DigestsRunsDocument,
    "\n  mutation DigestsRun($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        trigger\n        sent\n        nothingNew\n        finishedAt\n      }\n    }\n  }\n": types.DigestsRunDocument,
    "\n  mutation DigestsDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DigestsDeleteAccountDocument,
    "\n  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.DiscussionFixturesCreateThreadDocument,
    "\n  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.DiscussionFixturesCreatePostDocument,
    "\n  query DiscussionNotificationsList {\n    notifications(first: 50) {\n      nodes {\n        kind\n        title\n        link\n        read\n      }\n    }\n    unreadNotificationCount\n  }\n": types.DiscussionNotificationsListDocument,
    "\n  fragment DiscussionNotificationsPreference on NotificationPreference {\n    kind\n    label\n    inApp\n    email\n    emailAvailable\n  }\n": types.DiscussionNotificationsPreferenceFragmentDoc,
    "\n  query DiscussionNotificationsPreferences {\n    notificationPreferences {\n      ...DiscussionNotificationsPreference\n    }\n  }\n": types.DiscussionNotificationsPreferencesDocument,
    "\n  mutation DiscussionNotificationsUpdatePreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      ...DiscussionNotificationsPreference\n    }\n  }\n": types.DiscussionNotificationsUpdatePreferencesDocument,
    "\n  mutation DiscussionNotificationsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.DiscussionNotificationsCreateThreadDocument,
    "\n  mutation DiscussionNotificationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.DiscussionNotificationsCreatePostDocument,
    "\n  mutation DiscussionNotificationsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n": types.DiscussionNotificationsUpdatePostDocument,
    "\n  mutation DiscussionNotificationsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n": types.DiscussionNotificationsReactDocument,
    "\n  mutation DiscussionNotificationsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n": types.DiscussionNotificationsUnreactDocument,
    "\n  mutation DiscussionNotificationsReport($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": types.DiscussionNotificationsReportDocument,
    "\n  mutation DiscussionNotificationsResolve($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      id\n    }\n  }\n": types.DiscussionNotificationsResolveDocument,
    "\n  mutation DiscussionNotificationsWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      watching\n    }\n  }\n": types.DiscussionNotificationsWatchThreadDocument,
    "\n  mutation DiscussionNotificationsWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      watching\n    }\n  }\n": types.DiscussionNotificationsWatchCategoryDocument,
    "\n  mutation DiscussionNotificationsUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n    }\n  }\n": types.DiscussionNotificationsUnwatchCategoryDocument,
    "\n  fragment DiscussionStatementsAuthor on PostAuthor {\n    id\n    displayName\n    organisation\n    roles\n  }\n": types.DiscussionStatementsAuthorFragmentDoc,
    "\n  fragment DiscussionStatementsCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    referralRoute\n    groupSize\n    duration\n    benefits\n    measurement\n    whatWorked\n    wouldChange\n  }\n": types.DiscussionStatementsCaseStudyFragmentDoc,
    "\n  query DiscussionStatementsList($slug: String, $first: Int) {\n    threads(filter: { categorySlug: $slug }, first: $first) {\n      nodes {\n        id\n        kind\n        title\n        summary\n        tags\n        pinned\n        locked\n        postCount\n        replyCount\n        lastPostedAt\n        category {\n          id\n          slug\n          name\n          canReply\n          unreadThreadCount\n          newThreadCount\n          watching\n        }\n        author {\n          ...DiscussionStatementsAuthor\n        }\n        lastPoster {\n          ...DiscussionStatementsAuthor\n        }\n        caseStudy {\n          ...DiscussionStatementsCaseStudy\n        }\n        openingPost {\n          id\n          bodyHtml\n        }\n        canReply\n        canEdit\n        canModerate\n        isNew\n        unreadCount\n        lastReadNumber\n        firstUnreadNumber\n        watching\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DiscussionStatementsListDocument,
    "\n  query DiscussionStatementsPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      category {\n        id\n        name\n        canReply\n      }\n      author {\n        ...DiscussionStatementsAuthor\n      }\n      lastPoster {\n        ...DiscussionStatementsAuthor\n      }\n      caseStudy {\n        ...DiscussionStatementsCaseStudy\n      }\n      openingPost {\n        id\n        number\n        bodyHtml\n      }\n      canReply\n      canEdit\n      canModerate\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          author {\n            ...DiscussionStatementsAuthor\n          }\n          replyTo {\n            id\n            number\n            author {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          mentions {\n            ...DiscussionStatementsAuthor\n          }\n          thread {\n            id\n            title\n          }\n          canEdit\n          canDelete\n          canModerate\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 3) {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          canReact\n          canReport\n          reportedByViewer\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DiscussionStatementsPageDocument,
    "\n  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          canEdit\n          canDelete\n          canModerate\n          canReact\n          canReport\n          reportedByViewer\n          author {\n            id\n            displayName\n            organisation\n          }\n          replyTo {\n            id\n            number\n            author {\n              id\n              displayName\n            }\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 10) {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DiscussionStatementsWebPostsDocument,
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
    "\n  mutation EvidenceSummaryCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n    }\n  }\n": types.EvidenceSummaryCreateDocument,
    "\n  mutation EvidenceSummaryUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n    }\n  }\n": types.EvidenceSummaryUpdateDocument,
    "\n  mutation EvidenceSummaryHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.EvidenceSummaryHidePostDocument,
    "\n  mutation EvidenceSummaryRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": types.EvidenceSummaryRestorePostDocument,
    "\n  mutation EvidenceSummaryDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": types.EvidenceSummaryDeletePostDocument,
    "\n  mutation EvidenceSummaryMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": types.EvidenceSummaryMoveDocument,
    "\n  query EvidenceSummaryPage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      caseStudies {\n        value\n        text\n      }\n      participants {\n        value\n        text\n      }\n      measures {\n        measure {\n          code\n        }\n        studies {\n          value\n        }\n        participants {\n          value\n        }\n        hidden\n        medianChange\n        smallestChange\n        largestChange\n      }\n    }\n  }\n": types.EvidenceSummaryPageDocument,
    "\n  mutation EvidenceSummaryDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.EvidenceSummaryDeleteAccountDocument,
    "\n  fragment EvidenceCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    sixWays\n    evidenceType\n    evidenceLink\n    outcomes {\n      measure {\n        id\n        code\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      statistic\n      participantsStarted\n      participantsCompleted\n      before\n      after\n      change\n      beforeOn\n      afterOn\n    }\n  }\n": types.EvidenceCaseStudyFragmentDoc,
    "\n  mutation EvidenceCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": types.EvidenceCreateDocument,
    "\n  mutation EvidenceUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": types.EvidenceUpdateDocument,
    "\n  query EvidenceThread($id: ID!) {\n    thread(id: $id) {\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n": types.EvidenceThreadDocument,
    "\n  fragment EvidenceMeasure on OutcomeMeasure {\n    id\n    code\n    name\n    scaleMin\n    scaleMax\n    higherIsBetter\n    standard\n  }\n": types.EvidenceMeasureFragmentDoc,
    "\n  query EvidenceMeasures {\n    outcomeMeasures {\n      ...EvidenceMeasure\n      description\n    }\n  }\n": types.EvidenceMeasuresDocument,
    "\n  mutation EvidenceCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        ...EvidenceMeasure\n      }\n    }\n  }\n": types.EvidenceCreateMeasureDocument,
    "\n  fragment EvidenceCount on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n": types.EvidenceCountFragmentDoc,
    "\n  fragment EvidenceFigures on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCount\n    }\n    participants {\n      ...EvidenceCount\n    }\n    measures {\n      measure {\n        code\n        name\n      }\n      studies {\n        ...EvidenceCount\n      }\n      participants {\n        ...EvidenceCount\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n": types.EvidenceFiguresFragmentDoc,
    "\n  query EvidencePage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceFigures\n    }\n  }\n": types.EvidencePageDocument,
    "\n  query EvidenceImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceFigures\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": types.EvidenceImpactReportDocument,
    "\n  mutation EvidenceSendEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        id\n      }\n    }\n  }\n": types.EvidenceSendEnquiryDocument,
    "\n  mutation EvidenceReplyEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        id\n        answeredAt\n      }\n    }\n  }\n": types.EvidenceReplyEnquiryDocument,
    "\n  query EvidenceEnquiryQuarters($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      quarters {\n        quarter\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n": types.EvidenceEnquiryQuartersDocument,
    "\n  mutation EvidenceDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.EvidenceDeleteAccountDocument,
    "\n  mutation LiveUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n": types.LiveUpdatePostDocument,
    "\n  mutation LiveHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.LiveHidePostDocument,
    "\n  mutation LiveDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": types.LiveDeletePostDocument,
    "\n  mutation LiveMoveThread($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": types.LiveMoveThreadDocument,
    "\n  query LiveUnreadCount {\n    unreadNotificationCount\n  }\n": types.LiveUnreadCountDocument,
    "\n  mutation LiveMarkAllRead {\n    markAllNotificationsRead\n  }\n": types.LiveMarkAllReadDocument,
    "\n  subscription LiveEventIds {\n    liveEvents {\n      id\n    }\n  }\n": types.LiveEventIdsDocument,
    "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n": types.LiveEventsDocument,
    "\n  mutation LoadBurstsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.LoadBurstsCreatePostDocument,
    "\n  query LoadBurstsThreadState($id: ID!) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      unreadCount\n      lastReadNumber\n    }\n  }\n": types.LoadBurstsThreadStateDocument,
    "\n  mutation LoadFaultsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.LoadFaultsCreatePostDocument,
    "\n  mutation LoadFaultsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.LoadFaultsCreateThreadDocument,
    "\n  query LoadMixedThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 20) {\n      nodes {\n        id\n        title\n        replyCount\n        unreadCount\n        lastPostedAt\n      }\n    }\n  }\n": types.LoadMixedThreadsDocument,
    "\n  query LoadMixedThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      unreadCount\n      posts(first: 20) {\n        nodes {\n          id\n          number\n          bodyHtml\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.LoadMixedThreadPageDocument,
    "\n  query LoadMixedEvents {\n    events(first: 20) {\n      nodes {\n        id\n        title\n        goingCount\n        placesLeft\n      }\n    }\n  }\n": types.LoadMixedEventsDocument,
    "\n  query LoadMixedUnread {\n    unreadNotificationCount\n  }\n": types.LoadMixedUnreadDocument,
    "\n  mutation LoadMixedCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.LoadMixedCreatePostDocument,
    "\n  mutation LoadMixedMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      id\n    }\n  }\n": types.LoadMixedMarkReadDocument,
    "\n  mutation LoggingCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.LoggingCreatePostDocument,
    "\n  fragment MembersProfile on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    bio\n    bioHtml\n    interests\n    activityTypes\n    takesReferrals\n    email\n    showEmail\n    roles\n    memberSince\n    status\n    statusReason\n  }\n": types.MembersProfileFragmentDoc,
    "\n  query MembersMember($id: ID!) {\n    member(id: $id) {\n      ...MembersProfile\n    }\n  }\n": types.MembersMemberDocument,
    "\n  query MembersMyProfile {\n    myProfile {\n      ...MembersProfile\n    }\n  }\n": types.MembersMyProfileDocument,
    "\n  query MembersDirectory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $roles: [Role!]\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      roles: $roles\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          status\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDirectoryDocument,
    "\n  query MembersMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        status\n        statusReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersMembersDocument,
    "\n  mutation MembersUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MembersProfile\n    }\n  }\n": types.MembersUpdateProfileDocument,
    "\n  mutation MembersSetRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.MembersSetRolesDocument,
    "\n  mutation MembersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.MembersSuspendDocument,
    "\n  mutation MembersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.MembersReinstateDocument,
    "\n  mutation MembersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.MembersDeleteAccountDocument,
    "\n  query MembersViewer {\n    viewer {\n      id\n      permissions\n    }\n  }\n": types.MembersViewerDocument,
    "\n  fragment ModerationThread on Thread {\n    id\n    pinned\n    locked\n    hidden\n    deleted\n    postCount\n    canModerate\n    category {\n      id\n    }\n  }\n": types.ModerationThreadFragmentDoc,
    "\n  fragment ModerationPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canModerate\n  }\n": types.ModerationPostFragmentDoc,
    "\n  mutation ModerationPin($id: ID!) {\n    pinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": types.ModerationPinDocument,
    "\n  mutation ModerationUnpin($id: ID!) {\n    unpinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": types.ModerationUnpinDocument,
    "\n  mutation ModerationLock($id: ID!) {\n    lockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": types.ModerationLockDocument,
    "\n  mutation ModerationUnlock($id: ID!) {\n    unlockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n": types.ModerationUnlockDocument,
    "\n  mutation ModerationMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      ...ModerationThread\n    }\n  }\n": types.ModerationMoveDocument,
    "\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ModerationPost\n    }\n  }\n": types.ModerationHideDocument,
    "\n  mutation ModerationRestore($id: ID!) {\n    restorePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n": types.ModerationRestoreDocument,
    "\n  mutation ModerationDelete($id: ID!) {\n    deletePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n": types.ModerationDeleteDocument,
    "\n  query ModerationPosts($id: ID!) {\n    thread(id: $id) {\n      ...ModerationThread\n      posts {\n        nodes {\n          ...ModerationPost\n        }\n      }\n    }\n  }\n": types.ModerationPostsDocument,
    "\n  query ModerationList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n        pinned\n      }\n    }\n  }\n": types.ModerationListDocument,
    "\n  mutation ModerationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.ModerationCreatePostDocument,
    "\n  query MutationInputsMutationArgs {\n    __type(name: \"Mutation\") {\n      fields {\n        name\n        args(includeDeprecated: true) {\n          name\n          isDeprecated\n          deprecationReason\n          type {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.MutationInputsMutationArgsDocument,
    "\n  mutation MutationInputsHidePostIdOnly($id: ID) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n": types.MutationInputsHidePostIdOnlyDocument,
    "\n  mutation MutationInputsHidePostOld($id: ID, $reason: String) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.MutationInputsHidePostOldDocument,
    "\n  mutation MutationInputsHidePostNew($input: HidePostInput) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n": types.MutationInputsHidePostNewDocument,
    "\n  fragment MutationInputsThreadState on Thread {\n    pinned\n    locked\n    category {\n      id\n    }\n  }\n": types.MutationInputsThreadStateFragmentDoc,
    "\n  mutation MutationInputsPinThread($input: ThreadIdInput) {\n    pinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": types.MutationInputsPinThreadDocument,
    "\n  mutation MutationInputsUnpinThread($input: ThreadIdInput) {\n    unpinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": types.MutationInputsUnpinThreadDocument,
    "\n  mutation MutationInputsLockThread($input: ThreadIdInput) {\n    lockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": types.MutationInputsLockThreadDocument,
    "\n  mutation MutationInputsUnlockThread($input: ThreadIdInput) {\n    unlockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": types.MutationInputsUnlockThreadDocument,
    "\n  mutation MutationInputsMoveThread($input: MoveThreadInput) {\n    moveThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n": types.MutationInputsMoveThreadDocument,
    "\n  mutation MutationInputsWatchThread($input: ThreadIdInput) {\n    watchThread(input: $input) {\n      watching\n    }\n  }\n": types.MutationInputsWatchThreadDocument,
    "\n  mutation MutationInputsUnwatchThread($input: ThreadIdInput) {\n    unwatchThread(input: $input) {\n      watching\n    }\n  }\n": types.MutationInputsUnwatchThreadDocument,
    "\n  mutation MutationInputsMarkThreadRead($input: MarkThreadReadInput) {\n    markThreadRead(input: $input) {\n      lastReadNumber\n      unreadCount\n    }\n  }\n": types.MutationInputsMarkThreadReadDocument,
    "\n  mutation MutationInputsDeletePost($input: PostIdInput) {\n    deletePost(input: $input) {\n      deleted\n    }\n  }\n": types.MutationInputsDeletePostDocument,
    "\n  mutation MutationInputsHidePost($input: HidePostInput) {\n    hidePost(input: $input) {\n      hidden\n      hiddenReason\n    }\n  }\n": types.MutationInputsHidePostDocument,
    "\n  mutation MutationInputsRestorePost($input: PostIdInput) {\n    restorePost(input: $input) {\n      hidden\n    }\n  }\n": types.MutationInputsRestorePostDocument,
    "\n  fragment MutationInputsReactions on Post {\n    reactions {\n      kind\n      count\n      reactedByViewer\n    }\n  }\n": types.MutationInputsReactionsFragmentDoc,
    "\n  mutation MutationInputsReact($input: ReactionInput) {\n    react(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n": types.MutationInputsReactDocument,
    "\n  mutation MutationInputsUnreact($input: ReactionInput) {\n    unreact(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n": types.MutationInputsUnreactDocument,
    "\n  mutation MutationInputsReportPost($input: ReportPostInput) {\n    reportPost(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n": types.MutationInputsReportPostDocument,
    "\n  mutation MutationInputsResolveReport($input: ResolveReportInput) {\n    resolveReport(input: $input) {\n      status\n      resolutionNote\n    }\n  }\n": types.MutationInputsResolveReportDocument,
    "\n  mutation MutationInputsRsvp($input: RsvpInput) {\n    rsvp(input: $input) {\n      myRsvp {\n        status\n      }\n    }\n  }\n": types.MutationInputsRsvpDocument,
    "\n  mutation MutationInputsCancelEvent($input: CancelEventInput) {\n    cancelEvent(input: $input) {\n      status\n      cancellationReason\n    }\n  }\n": types.MutationInputsCancelEventDocument,
    "\n  mutation MutationInputsSetMemberRoles($input: SetMemberRolesInput) {\n    setMemberRoles(input: $input) {\n      roles\n    }\n  }\n": types.MutationInputsSetMemberRolesDocument,
    "\n  mutation MutationInputsSuspendMember($input: MemberStatusInput) {\n    suspendMember(input: $input) {\n      status\n    }\n  }\n": types.MutationInputsSuspendMemberDocument,
    "\n  mutation MutationInputsReinstateMember($input: MemberStatusInput) {\n    reinstateMember(input: $input) {\n      status\n    }\n  }\n": types.MutationInputsReinstateMemberDocument,
    "\n  mutation MutationInputsMarkNotificationRead($input: NotificationIdInput) {\n    markNotificationRead(input: $input)\n  }\n": types.MutationInputsMarkNotificationReadDocument,
    "\n  mutation MutationInputsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n": types.MutationInputsUpdateNotificationPreferencesDocument,
    "\n  mutation MutationInputsUpdateNotificationPreferenceKinds($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n    }\n  }\n": types.MutationInputsUpdateNotificationPreferenceKindsDocument,
    "\n  mutation MutationInputsRequestPasswordReset($input: RequestPasswordResetInput) {\n    requestPasswordReset(input: $input)\n  }\n": types.MutationInputsRequestPasswordResetDocument,
    "\n  mutation MutationInputsConfirmEmailChange($input: ConfirmEmailChangeInput) {\n    confirmEmailChange(input: $input)\n  }\n": types.MutationInputsConfirmEmailChangeDocument,
    "\n  mutation MutationInputsDeleteAccount($input: DeleteAccountInput) {\n    deleteAccount(input: $input)\n  }\n": types.MutationInputsDeleteAccountDocument,
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
    "\n  fragment PostsPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    author {\n      id\n      displayName\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n      }\n    }\n    mentions {\n      id\n      displayName\n    }\n    thread {\n      id\n      postCount\n      highestPostNumber\n    }\n  }\n": types.PostsPostFragmentDoc,
    "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostsPost\n    }\n  }\n": types.PostsCreatePostDocument,
    "\n  mutation PostsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostsPost\n    }\n  }\n": types.PostsUpdatePostDocument,
    "\n  mutation PostsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostsPost\n    }\n  }\n": types.PostsDeletePostDocument,
    "\n  mutation PostsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      openingPost {\n        id\n      }\n    }\n  }\n": types.PostsCreateThreadDocument,
    "\n  query PostsPage($id: ID!, $first: Int, $after: String, $fromNumber: Int) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      highestPostNumber\n      lastPoster {\n        id\n      }\n      posts(first: $first, after: $after, fromNumber: $fromNumber) {\n        edges {\n          cursor\n          node {\n            ...PostsPost\n          }\n        }\n        nodes {\n          id\n          number\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostsPageDocument,
    "\n  query PostsRevisions($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostsRevisionsDocument,
    "\n  query PostsReplyRevisions($id: ID!) {\n    thread(id: $id) {\n      posts(fromNumber: 2) {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PostsReplyRevisionsDocument,
    "\n  query PostsThreadList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PostsThreadListDocument,
    "\n  mutation PostsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Phone number\") {\n      id\n    }\n  }\n": types.PostsHidePostDocument,
    "\n  query PostsPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n": types.PostsPreviewDocument,
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
    "\n  query ReportsPostFlags($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          id\n          canReport\n          reportedByViewer\n        }\n      }\n    }\n  }\n": types.ReportsPostFlagsDocument,
    "\n  mutation ReportsDeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      id\n    }\n  }\n": types.ReportsDeletePostDocument,
    "\n  mutation ReportsHidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      id\n    }\n  }\n": types.ReportsHidePostDocument,
    "\n  mutation ReportsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n": types.ReportsCreatePostDocument,
    "\n  query ReportsReportedBodies {\n    postReports(first: 100) {\n      nodes {\n        id\n        post {\n          body\n          bodyText\n        }\n      }\n    }\n  }\n": types.ReportsReportedBodiesDocument,
    "\n  query ReportsNotificationTitles {\n    notifications(first: 50) {\n      nodes {\n        title\n      }\n    }\n  }\n": types.ReportsNotificationTitlesDocument,
    "\n  mutation Rsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n": types.RsvpDocument,
    "\n  query RsvpEvent($id: ID!) {\n    event(id: $id) {\n      id\n      goingCount\n      waitlistCount\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.RsvpEventDocument,
    "\n  mutation RsvpUpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n    }\n  }\n": types.RsvpUpdateEventDocument,
    "\n  query RsvpAttendees($id: ID!, $status: RsvpStatus, $first: Int, $after: String) {\n    event(id: $id) {\n      attendees(status: $status, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            member {\n              id\n              displayName\n              organisation\n            }\n            status\n            waitlistPosition\n            since\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.RsvpAttendeesDocument,
    "\n  mutation RsvpMessageAttendees($input: MessageAttendeesInput!) {\n    messageAttendees(input: $input)\n  }\n": types.RsvpMessageAttendeesDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    rank\n    snippetHtml\n    thread {\n      id\n      title\n      kind\n    }\n    post {\n      id\n      number\n      body\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query SearchHits($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n    }\n  }\n": types.SearchHitsDocument,
    "\n  query SearchWebPage($input: SearchInput!, $first: Int) {\n    search(input: $input, first: $first) {\n      edges {\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            category {\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchWebPageDocument,
    "\n  mutation SpaceCountersHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.SpaceCountersHidePostDocument,
    "\n  mutation SpaceCountersRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": types.SpaceCountersRestorePostDocument,
    "\n  mutation SpaceCountersDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": types.SpaceCountersDeletePostDocument,
    "\n  mutation SpaceCountersMarkRead($id: ID!, $n: Int!) {\n    markThreadRead(threadId: $id, upToNumber: $n) {\n      id\n    }\n  }\n": types.SpaceCountersMarkReadDocument,
    "\n  mutation SpaceCountersMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n": types.SpaceCountersMoveDocument,
    "\n  mutation SpaceCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.SpaceCountersDeleteAccountDocument,
    "\n  fragment SpacesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    readRoles\n    watching\n  }\n": types.SpacesFieldsFragmentDoc,
    "\n  query SpacesList($includeArchived: Boolean) {\n    spaces(includeArchived: $includeArchived) {\n      ...SpacesFields\n    }\n  }\n": types.SpacesListDocument,
    "\n  query SpacesOne($slug: String!) {\n    space(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n": types.SpacesOneDocument,
    "\n  query SpacesOldOne($slug: String!) {\n    category(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n": types.SpacesOldOneDocument,
    "\n  query SpacesOldList {\n    categories {\n      ...SpacesFields\n    }\n  }\n": types.SpacesOldListDocument,
    "\n  mutation SpacesCreate($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesCreateDocument,
    "\n  mutation SpacesUpdate($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesUpdateDocument,
    "\n  mutation SpacesMove($input: MoveSpaceInput!) {\n    moveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n      swappedWith {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesMoveDocument,
    "\n  mutation SpacesArchive($input: SpaceIdInput!) {\n    archiveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesArchiveDocument,
    "\n  mutation SpacesRestore($input: SpaceIdInput!) {\n    restoreSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesRestoreDocument,
    "\n  mutation SpacesWatch($input: SpaceIdInput!) {\n    watchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesWatchDocument,
    "\n  mutation SpacesUnwatch($input: SpaceIdInput!) {\n    unwatchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesUnwatchDocument,
    "\n  mutation SpacesOldWatch($id: ID!) {\n    watchCategory(id: $id) {\n      watching\n    }\n  }\n": types.SpacesOldWatchDocument,
    "\n  query SpacesThreadSpace($id: ID!) {\n    thread(id: $id) {\n      space {\n        ...SpacesFields\n      }\n      category {\n        ...SpacesFields\n      }\n    }\n  }\n": types.SpacesThreadSpaceDocument,
    "\n    mutation SpacesCreateThread($input: CreateThreadInput!) {\n      createThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": types.SpacesCreateThreadDocument,
    "\n    mutation SpacesMoveThread($input: MoveThreadInput) {\n      moveThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": types.SpacesMoveThreadDocument,
    "\n    mutation SpacesMoveThreadPositional($id: ID, $categoryId: ID) {\n      moveThread(id: $id, categoryId: $categoryId) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  ": types.SpacesMoveThreadPositionalDocument,
    "\n    query SpacesThreads($filter: ThreadFilter) {\n      threads(filter: $filter, first: 50) {\n        nodes {\n          id\n          space {\n            slug\n          }\n        }\n      }\n    }\n  ": types.SpacesThreadsDocument,
    "\n    query SpacesSearch($input: SearchInput!) {\n      search(input: $input) {\n        nodes {\n          thread {\n            id\n            space {\n              slug\n            }\n          }\n        }\n      }\n    }\n  ": types.SpacesSearchDocument,
    "\n    subscription SpacesLive($spaceId: ID, $categoryId: ID) {\n      liveEvents(spaceId: $spaceId, categoryId: $categoryId) {\n        id\n        kind\n        threadId\n        spaceId\n        categoryId\n      }\n    }\n  ": types.SpacesLiveDocument,
    "\n    query SpacesIntrospection {\n      __schema {\n        types {\n          name\n          fields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n            args(includeDeprecated: true) {\n              name\n              isDeprecated\n              deprecationReason\n            }\n          }\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n          enumValues(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      }\n    }\n  ": types.SpacesIntrospectionDocument,
    "\n    query SpacesPermissions {\n      viewer {\n        permissions\n      }\n    }\n  ": types.SpacesPermissionsDocument,
    "\n  fragment ThreadsThread on Thread {\n    id\n    kind\n    title\n    summary\n    tags\n    pinned\n    locked\n    deleted\n    hidden\n    postCount\n    replyCount\n    highestPostNumber\n    lastPostedAt\n    createdAt\n    updatedAt\n    revision\n    canReply\n    canEdit\n    canModerate\n    category {\n      id\n      slug\n    }\n    author {\n      id\n      displayName\n    }\n    lastPoster {\n      id\n    }\n    caseStudy {\n      setting\n      activityTypes\n      referralRoute\n      groupSize\n      duration\n      benefits\n      measurement\n      whatWorked\n      wouldChange\n    }\n    openingPost {\n      id\n      number\n      body\n      bodyHtml\n      revisionCount\n      editedAt\n    }\n  }\n": types.ThreadsThreadFragmentDoc,
    "\n  mutation ThreadsCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsCreateDocument,
    "\n  mutation ThreadsUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsUpdateDocument,
    "\n  query ThreadsOne($id: ID!) {\n    thread(id: $id) {\n      ...ThreadsThread\n    }\n  }\n": types.ThreadsOneDocument,
    "\n  query ThreadsRevisions($id: ID!) {\n    thread(id: $id) {\n      openingPost {\n        revisionCount\n        revisions {\n          revision\n          title\n          body\n          bodyHtml\n          createdAt\n          editor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ThreadsRevisionsDocument,
    "\n  query ThreadsList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadsListDocument,
    "\n  query ThreadsUpdates {\n    featuredUpdate {\n      id\n      title\n      summary\n    }\n    latestUpdates {\n      id\n      title\n    }\n  }\n": types.ThreadsUpdatesDocument,
    "\n  mutation ThreadsRedactPost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": types.ThreadsRedactPostDocument,
    "\n  mutation TwoProcessesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.TwoProcessesCreateThreadDocument,
    "\n  mutation TwoProcessesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.TwoProcessesCreatePostDocument,
    "\n  query TwoProcessesViewer {\n    viewer {\n      id\n    }\n  }\n": types.TwoProcessesViewerDocument,
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": types.WatchingCategoriesDocument,
    "\n  query WebAppViewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": types.WebAppViewerDocument,
    "\n  query WebAppSchemaTypes {\n    __schema {\n      types {\n        name\n        description\n        fields {\n          name\n          description\n        }\n      }\n    }\n  }\n": types.WebAppSchemaTypesDocument,
    "\n  mutation JourneyEvidenceCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.JourneyEvidenceCreateThreadDocument,
    "\n  mutation JourneyLiveCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.JourneyLiveCreateThreadDocument,
    "\n  mutation JourneyLiveCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.JourneyLiveCreatePostDocument,
    "\n  mutation JourneyMembershipSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.JourneyMembershipSubmitApplicationDocument,
    "\n  mutation JourneyThreadCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.JourneyThreadCreateThreadDocument,
    "\n  mutation JourneyThreadCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.JourneyThreadCreatePostDocument,
    "\n  mutation JourneyThreadUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n": types.JourneyThreadUpdatePostDocument,
    "\n  mutation JourneyThreadReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n": types.JourneyThreadReportPostDocument,
    "\n  mutation JourneyThreadResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, action: DISMISS, note: $note) {\n      id\n    }\n  }\n": types.JourneyThreadResolveReportDocument,
    "\n  query JourneyThreadSpaces {\n    spaces {\n      id\n      slug\n    }\n  }\n": types.JourneyThreadSpacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDataDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').AccountDataDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDataRsvp($eventId: ID!, $answer: RsvpAnswer!) {\n    rsvp(eventId: $eventId, answer: $answer) {\n      id\n      goingCount\n      waitlistCount\n      placesLeft\n      full\n      joinUrl\n      myRsvp {\n        status\n        waitlistPosition\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').AccountDataRsvpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDataInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"): typeof import('./graphql').AccountDataInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDataCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n"): typeof import('./graphql').AccountDataCompleteAccountSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDataRequestPasswordReset($e: String!) {\n    requestPasswordReset(email: $e)\n  }\n"): typeof import('./graphql').AccountDataRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsSubmit($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"): typeof import('./graphql').ApplicationsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsQueue($status: ApplicationStatus, $first: Int, $after: String) {\n    applications(status: $status, first: $first, after: $after) {\n      nodes {\n        id\n        email\n        fullName\n        status\n        submittedAt\n        messages {\n          kind\n          body\n          authorName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsApplicationId($id: ID!) {\n    application(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ApplicationsApplicationIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsApplicationDetail($id: ID!) {\n    application(id: $id) {\n      status\n      messages {\n        kind\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsApplicationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      id\n      status\n      decidedByName\n      memberId\n    }\n  }\n"): typeof import('./graphql').ApplicationsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsReject($id: ID!, $reason: String!) {\n    rejectApplication(input: { applicationId: $id, reason: $reason }) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): typeof import('./graphql').ApplicationsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsAsk($id: ID!, $q: String!) {\n    requestApplicationInformation(input: { applicationId: $id, question: $q }) {\n      id\n      status\n      messages {\n        kind\n        body\n        authorName\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsApplicationQuestion($t: String!) {\n    applicationQuestion(token: $t) {\n      fullName\n      question\n    }\n  }\n"): typeof import('./graphql').ApplicationsApplicationQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsAnswerQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n"): typeof import('./graphql').ApplicationsAnswerQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"): typeof import('./graphql').ApplicationsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsAccountSetup($t: String!) {\n    accountSetup(token: $t) {\n      purpose\n      email\n      fullName\n      organisation\n    }\n  }\n"): typeof import('./graphql').ApplicationsAccountSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsAccountSetupEmail($t: String!) {\n    accountSetup(token: $t) {\n      email\n    }\n  }\n"): typeof import('./graphql').ApplicationsAccountSetupEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsCompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n"): typeof import('./graphql').ApplicationsCompleteAccountSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsViewerId {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').ApplicationsViewerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsViewerRoles {\n    viewer {\n      roles\n      displayName\n    }\n  }\n"): typeof import('./graphql').ApplicationsViewerRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsAuditLogFor($id: ID!) {\n    auditLog(targetId: $id) {\n      nodes {\n        action\n        actorName\n        targetId\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsAuditLogForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsAuditLogIds {\n    auditLog {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsAuditLogIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsNotificationLinks {\n    notifications(first: 5) {\n      nodes {\n        title\n        link\n        read\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsNotificationLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsNotificationTitles {\n    notifications(first: 3) {\n      nodes {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsNotificationTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsLatestNotification {\n    notifications(first: 1) {\n      nodes {\n        id\n      }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').ApplicationsLatestNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsMarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"): typeof import('./graphql').ApplicationsMarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplicationsMarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').ApplicationsMarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsUnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').ApplicationsUnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsDevMailbox {\n    devMailbox {\n      to\n      subject\n      text\n    }\n  }\n"): typeof import('./graphql').ApplicationsDevMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n      permissions\n    }\n  }\n"): typeof import('./graphql').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignOutEverywhere {\n    signOutEverywhere\n  }\n"): typeof import('./graphql').AuthSignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').AuthChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').AuthRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').AuthResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n"): typeof import('./graphql').AuthRequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): typeof import('./graphql').AuthConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthVisitorChangePassword {\n      changePassword(input: { currentPassword: \"x\", newPassword: \"y\" })\n    }\n  "): typeof import('./graphql').AuthVisitorChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthVisitorRequestEmailChange {\n      requestEmailChange(input: { password: \"x\", newEmail: \"a@b.org\" })\n    }\n  "): typeof import('./graphql').AuthVisitorRequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthProductionViewerId {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').AuthProductionViewerIdDocument;
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
export function graphql(source: "\n  query CategoriesCacheList {\n    categories {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CategoriesCacheListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesCacheArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n"): typeof import('./graphql').CategoriesCacheArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesCacheThread($id: ID!, $slug: String!) {\n    thread(id: $id) {\n      id\n      canReply\n      space {\n        slug\n      }\n    }\n    threads(filter: { spaceSlug: $slug }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CategoriesCacheThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoriesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    everyoneCanStart\n    readRoles\n    startRoles\n    replyRoles\n  }\n"): typeof import('./graphql').CategoriesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesList($includeArchived: Boolean) {\n    categories(includeArchived: $includeArchived) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoriesOne($slug: String!) {\n    category(slug: $slug) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesCreate($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesUpdate($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesMove($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoriesRestore($id: ID!) {\n    restoreCategory(id: $id) {\n      ...CategoriesFields\n    }\n  }\n"): typeof import('./graphql').CategoriesRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityCountersOverview {\n    community {\n      memberCount\n      organisationCount\n    }\n  }\n"): typeof import('./graphql').CommunityCountersOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCountersApprove($id: ID!) {\n    approveApplication(input: { applicationId: $id }) {\n      status\n    }\n  }\n"): typeof import('./graphql').CommunityCountersApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCountersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n"): typeof import('./graphql').CommunityCountersSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCountersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      status\n    }\n  }\n"): typeof import('./graphql').CommunityCountersReinstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunityCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').CommunityCountersDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledThreadPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      createdAt\n      canReply\n      canEdit\n      canModerate\n      space {\n        id\n        name\n        slug\n      }\n      author {\n        id\n        displayName\n      }\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          bodyHtml\n          createdAt\n          canEdit\n          canReact\n          canReport\n          author {\n            displayName\n          }\n          replyTo {\n            number\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 5) {\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompiledThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledSearch($query: String!) {\n    search(input: { query: $query }, first: 5) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          snippetHtml\n          rank\n          thread {\n            id\n            title\n            space {\n              name\n            }\n          }\n          post {\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').CompiledSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledMissingThread($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CompiledMissingThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestsPreference {\n    digestPreference {\n      frequency\n    }\n  }\n"): typeof import('./graphql').DigestsPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DigestsUpdatePreference($input: UpdateDigestPreferenceInput!) {\n    updateDigestPreference(input: $input) {\n      preference {\n        frequency\n      }\n    }\n  }\n"): typeof import('./graphql').DigestsUpdatePreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestsRuns {\n    digestRuns(first: 3) {\n      trigger\n      startedAt\n      finishedAt\n      sent\n      nothingNew\n    }\n  }\n"): typeof import('./graphql').DigestsRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DigestsRun($input: RunDigestsInput!) {\n    runDigests(input: $input) {\n      run {\n        trigger\n        sent\n        nothingNew\n        finishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').DigestsRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DigestsDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').DigestsDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionFixturesCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').DiscussionFixturesCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionNotificationsList {\n    notifications(first: 50) {\n      nodes {\n        kind\n        title\n        link\n        read\n      }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').DiscussionNotificationsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionNotificationsPreference on NotificationPreference {\n    kind\n    label\n    inApp\n    email\n    emailAvailable\n  }\n"): typeof import('./graphql').DiscussionNotificationsPreferenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionNotificationsPreferences {\n    notificationPreferences {\n      ...DiscussionNotificationsPreference\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsUpdatePreferences($preferences: [NotificationPreferenceInput!]!) {\n    updateNotificationPreferences(preferences: $preferences) {\n      ...DiscussionNotificationsPreference\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsUpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsReact($postId: ID!, $kind: ReactionKind!) {\n    react(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsUnreact($postId: ID!, $kind: ReactionKind!) {\n    unreact(postId: $postId, kind: $kind) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsUnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsReport($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsResolve($id: ID!, $action: ReportAction!, $note: String!) {\n    resolveReport(id: $id, action: $action, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      watching\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsWatchThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      watching\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsWatchCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscussionNotificationsUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DiscussionNotificationsUnwatchCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionStatementsAuthor on PostAuthor {\n    id\n    displayName\n    organisation\n    roles\n  }\n"): typeof import('./graphql').DiscussionStatementsAuthorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiscussionStatementsCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    referralRoute\n    groupSize\n    duration\n    benefits\n    measurement\n    whatWorked\n    wouldChange\n  }\n"): typeof import('./graphql').DiscussionStatementsCaseStudyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionStatementsList($slug: String, $first: Int) {\n    threads(filter: { categorySlug: $slug }, first: $first) {\n      nodes {\n        id\n        kind\n        title\n        summary\n        tags\n        pinned\n        locked\n        postCount\n        replyCount\n        lastPostedAt\n        category {\n          id\n          slug\n          name\n          canReply\n          unreadThreadCount\n          newThreadCount\n          watching\n        }\n        author {\n          ...DiscussionStatementsAuthor\n        }\n        lastPoster {\n          ...DiscussionStatementsAuthor\n        }\n        caseStudy {\n          ...DiscussionStatementsCaseStudy\n        }\n        openingPost {\n          id\n          bodyHtml\n        }\n        canReply\n        canEdit\n        canModerate\n        isNew\n        unreadCount\n        lastReadNumber\n        firstUnreadNumber\n        watching\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DiscussionStatementsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionStatementsPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      category {\n        id\n        name\n        canReply\n      }\n      author {\n        ...DiscussionStatementsAuthor\n      }\n      lastPoster {\n        ...DiscussionStatementsAuthor\n      }\n      caseStudy {\n        ...DiscussionStatementsCaseStudy\n      }\n      openingPost {\n        id\n        number\n        bodyHtml\n      }\n      canReply\n      canEdit\n      canModerate\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          author {\n            ...DiscussionStatementsAuthor\n          }\n          replyTo {\n            id\n            number\n            author {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          mentions {\n            ...DiscussionStatementsAuthor\n          }\n          thread {\n            id\n            title\n          }\n          canEdit\n          canDelete\n          canModerate\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 3) {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          canReact\n          canReport\n          reportedByViewer\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiscussionStatementsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          canEdit\n          canDelete\n          canModerate\n          canReact\n          canReport\n          reportedByViewer\n          author {\n            id\n            displayName\n            organisation\n          }\n          replyTo {\n            id\n            number\n            author {\n              id\n              displayName\n            }\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 10) {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiscussionStatementsWebPostsDocument;
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
export function graphql(source: "\n  mutation EvidenceSummaryCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryRestorePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceSummaryPage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      caseStudies {\n        value\n        text\n      }\n      participants {\n        value\n        text\n      }\n      measures {\n        measure {\n          code\n        }\n        studies {\n          value\n        }\n        participants {\n          value\n        }\n        hidden\n        medianChange\n        smallestChange\n        largestChange\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceSummaryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSummaryDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').EvidenceSummaryDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    sixWays\n    evidenceType\n    evidenceLink\n    outcomes {\n      measure {\n        id\n        code\n        name\n        scaleMin\n        scaleMax\n        higherIsBetter\n      }\n      statistic\n      participantsStarted\n      participantsCompleted\n      before\n      after\n      change\n      beforeOn\n      afterOn\n    }\n  }\n"): typeof import('./graphql').EvidenceCaseStudyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreate($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceUpdate($input: UpdateThreadInput!) {\n    updateThread(input: $input) {\n      id\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceThread($id: ID!) {\n    thread(id: $id) {\n      revision\n      caseStudy {\n        ...EvidenceCaseStudy\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceMeasure on OutcomeMeasure {\n    id\n    code\n    name\n    scaleMin\n    scaleMax\n    higherIsBetter\n    standard\n  }\n"): typeof import('./graphql').EvidenceMeasureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceMeasures {\n    outcomeMeasures {\n      ...EvidenceMeasure\n      description\n    }\n  }\n"): typeof import('./graphql').EvidenceMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      measure {\n        ...EvidenceMeasure\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceCount on ShownCountType {\n    value\n    fewerThan\n    fewerThanWhat\n    text\n  }\n"): typeof import('./graphql').EvidenceCountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFigures on EvidenceSummary {\n    caseStudies {\n      ...EvidenceCount\n    }\n    participants {\n      ...EvidenceCount\n    }\n    measures {\n      measure {\n        code\n        name\n      }\n      studies {\n        ...EvidenceCount\n      }\n      participants {\n        ...EvidenceCount\n      }\n      hidden\n      medianChange\n      smallestChange\n      largestChange\n    }\n  }\n"): typeof import('./graphql').EvidenceFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidencePage($filter: EvidenceFilter) {\n    evidenceSummary(filter: $filter) {\n      ...EvidenceFigures\n    }\n  }\n"): typeof import('./graphql').EvidencePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceImpactReport($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      from\n      to\n      csvPath\n      evidence {\n        ...EvidenceFigures\n      }\n      membershipBySector {\n        key\n        label\n        joined\n        total\n      }\n      membershipByRegion {\n        key\n        label\n        joined\n        total\n      }\n      quarters {\n        quarter\n        startsOn\n        caseStudies\n        events\n      }\n      offerEnquiries {\n        offerId\n        title\n        organisation\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceImpactReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceSendEnquiry($input: SendOfferEnquiryInput!) {\n    sendOfferEnquiry(input: $input) {\n      enquiry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceSendEnquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceReplyEnquiry($input: ReplyToOfferEnquiryInput!) {\n    replyToOfferEnquiry(input: $input) {\n      enquiry {\n        id\n        answeredAt\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceReplyEnquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceEnquiryQuarters($from: String!, $to: String!) {\n    impactReport(from: $from, to: $to) {\n      quarters {\n        quarter\n        enquiriesSent\n        enquiriesAnswered\n      }\n    }\n  }\n"): typeof import('./graphql').EvidenceEnquiryQuartersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvidenceDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').EvidenceDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LiveUpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').LiveHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').LiveDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveMoveThread($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LiveMoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveUnreadCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').LiveUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveMarkAllRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').LiveMarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEventIds {\n    liveEvents {\n      id\n    }\n  }\n"): typeof import('./graphql').LiveEventIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($threadId: ID, $spaceId: ID, $after: String) {\n    liveEvents(threadId: $threadId, spaceId: $spaceId, after: $after) {\n      id\n      kind\n      threadId\n      spaceId\n      postId\n      postNumber\n      byViewer\n      unreadNotificationCount\n    }\n  }\n"): typeof import('./graphql').LiveEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadBurstsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').LoadBurstsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadBurstsThreadState($id: ID!) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      unreadCount\n      lastReadNumber\n    }\n  }\n"): typeof import('./graphql').LoadBurstsThreadStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadFaultsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').LoadFaultsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadFaultsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoadFaultsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadMixedThreads($slug: String!) {\n    threads(filter: { categorySlug: $slug }, first: 20) {\n      nodes {\n        id\n        title\n        replyCount\n        unreadCount\n        lastPostedAt\n      }\n    }\n  }\n"): typeof import('./graphql').LoadMixedThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadMixedThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      unreadCount\n      posts(first: 20) {\n        nodes {\n          id\n          number\n          bodyHtml\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoadMixedThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadMixedEvents {\n    events(first: 20) {\n      nodes {\n        id\n        title\n        goingCount\n        placesLeft\n      }\n    }\n  }\n"): typeof import('./graphql').LoadMixedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoadMixedUnread {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').LoadMixedUnreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadMixedCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').LoadMixedCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadMixedMarkRead($threadId: ID!, $upToNumber: Int!) {\n    markThreadRead(threadId: $threadId, upToNumber: $upToNumber) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoadMixedMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoggingCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoggingCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersProfile on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    bio\n    bioHtml\n    interests\n    activityTypes\n    takesReferrals\n    email\n    showEmail\n    roles\n    memberSince\n    status\n    statusReason\n  }\n"): typeof import('./graphql').MembersProfileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMember($id: ID!) {\n    member(id: $id) {\n      ...MembersProfile\n    }\n  }\n"): typeof import('./graphql').MembersMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMyProfile {\n    myProfile {\n      ...MembersProfile\n    }\n  }\n"): typeof import('./graphql').MembersMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersDirectory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $roles: [Role!]\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      roles: $roles\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          status\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        status\n        statusReason\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MembersMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...MembersProfile\n    }\n  }\n"): typeof import('./graphql').MembersUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersSetRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): typeof import('./graphql').MembersSetRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersSuspend($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): typeof import('./graphql').MembersSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersReinstate($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): typeof import('./graphql').MembersReinstateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').MembersDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersViewer {\n    viewer {\n      id\n      permissions\n    }\n  }\n"): typeof import('./graphql').MembersViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationThread on Thread {\n    id\n    pinned\n    locked\n    hidden\n    deleted\n    postCount\n    canModerate\n    category {\n      id\n    }\n  }\n"): typeof import('./graphql').ModerationThreadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canModerate\n  }\n"): typeof import('./graphql').ModerationPostFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationPin($id: ID!) {\n    pinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n"): typeof import('./graphql').ModerationPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationUnpin($id: ID!) {\n    unpinThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n"): typeof import('./graphql').ModerationUnpinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationLock($id: ID!) {\n    lockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n"): typeof import('./graphql').ModerationLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationUnlock($id: ID!) {\n    unlockThread(id: $id) {\n      ...ModerationThread\n    }\n  }\n"): typeof import('./graphql').ModerationUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      ...ModerationThread\n    }\n  }\n"): typeof import('./graphql').ModerationMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ModerationPost\n    }\n  }\n"): typeof import('./graphql').ModerationHideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationRestore($id: ID!) {\n    restorePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n"): typeof import('./graphql').ModerationRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationDelete($id: ID!) {\n    deletePost(id: $id) {\n      ...ModerationPost\n    }\n  }\n"): typeof import('./graphql').ModerationDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationPosts($id: ID!) {\n    thread(id: $id) {\n      ...ModerationThread\n      posts {\n        nodes {\n          ...ModerationPost\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n        pinned\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').ModerationCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationInputsMutationArgs {\n    __type(name: \"Mutation\") {\n      fields {\n        name\n        args(includeDeprecated: true) {\n          name\n          isDeprecated\n          deprecationReason\n          type {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MutationInputsMutationArgsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsHidePostIdOnly($id: ID) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationInputsHidePostIdOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsHidePostOld($id: ID, $reason: String) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationInputsHidePostOldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsHidePostNew($input: HidePostInput) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationInputsHidePostNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationInputsThreadState on Thread {\n    pinned\n    locked\n    category {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationInputsThreadStateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsPinThread($input: ThreadIdInput) {\n    pinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n"): typeof import('./graphql').MutationInputsPinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUnpinThread($input: ThreadIdInput) {\n    unpinThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n"): typeof import('./graphql').MutationInputsUnpinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsLockThread($input: ThreadIdInput) {\n    lockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n"): typeof import('./graphql').MutationInputsLockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUnlockThread($input: ThreadIdInput) {\n    unlockThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n"): typeof import('./graphql').MutationInputsUnlockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsMoveThread($input: MoveThreadInput) {\n    moveThread(input: $input) {\n      ...MutationInputsThreadState\n    }\n  }\n"): typeof import('./graphql').MutationInputsMoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsWatchThread($input: ThreadIdInput) {\n    watchThread(input: $input) {\n      watching\n    }\n  }\n"): typeof import('./graphql').MutationInputsWatchThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUnwatchThread($input: ThreadIdInput) {\n    unwatchThread(input: $input) {\n      watching\n    }\n  }\n"): typeof import('./graphql').MutationInputsUnwatchThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsMarkThreadRead($input: MarkThreadReadInput) {\n    markThreadRead(input: $input) {\n      lastReadNumber\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MutationInputsMarkThreadReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsDeletePost($input: PostIdInput) {\n    deletePost(input: $input) {\n      deleted\n    }\n  }\n"): typeof import('./graphql').MutationInputsDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsHidePost($input: HidePostInput) {\n    hidePost(input: $input) {\n      hidden\n      hiddenReason\n    }\n  }\n"): typeof import('./graphql').MutationInputsHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsRestorePost($input: PostIdInput) {\n    restorePost(input: $input) {\n      hidden\n    }\n  }\n"): typeof import('./graphql').MutationInputsRestorePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationInputsReactions on Post {\n    reactions {\n      kind\n      count\n      reactedByViewer\n    }\n  }\n"): typeof import('./graphql').MutationInputsReactionsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsReact($input: ReactionInput) {\n    react(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n"): typeof import('./graphql').MutationInputsReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUnreact($input: ReactionInput) {\n    unreact(input: $input) {\n      ...MutationInputsReactions\n    }\n  }\n"): typeof import('./graphql').MutationInputsUnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsReportPost($input: ReportPostInput) {\n    reportPost(input: $input) {\n      id\n      status\n      reason\n    }\n  }\n"): typeof import('./graphql').MutationInputsReportPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsResolveReport($input: ResolveReportInput) {\n    resolveReport(input: $input) {\n      status\n      resolutionNote\n    }\n  }\n"): typeof import('./graphql').MutationInputsResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsRsvp($input: RsvpInput) {\n    rsvp(input: $input) {\n      myRsvp {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').MutationInputsRsvpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsCancelEvent($input: CancelEventInput) {\n    cancelEvent(input: $input) {\n      status\n      cancellationReason\n    }\n  }\n"): typeof import('./graphql').MutationInputsCancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsSetMemberRoles($input: SetMemberRolesInput) {\n    setMemberRoles(input: $input) {\n      roles\n    }\n  }\n"): typeof import('./graphql').MutationInputsSetMemberRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsSuspendMember($input: MemberStatusInput) {\n    suspendMember(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').MutationInputsSuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsReinstateMember($input: MemberStatusInput) {\n    reinstateMember(input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').MutationInputsReinstateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsMarkNotificationRead($input: NotificationIdInput) {\n    markNotificationRead(input: $input)\n  }\n"): typeof import('./graphql').MutationInputsMarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n      inApp\n      email\n    }\n  }\n"): typeof import('./graphql').MutationInputsUpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsUpdateNotificationPreferenceKinds($input: UpdateNotificationPreferencesInput) {\n    updateNotificationPreferences(input: $input) {\n      kind\n    }\n  }\n"): typeof import('./graphql').MutationInputsUpdateNotificationPreferenceKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsRequestPasswordReset($input: RequestPasswordResetInput) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').MutationInputsRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsConfirmEmailChange($input: ConfirmEmailChangeInput) {\n    confirmEmailChange(input: $input)\n  }\n"): typeof import('./graphql').MutationInputsConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationInputsDeleteAccount($input: DeleteAccountInput) {\n    deleteAccount(input: $input)\n  }\n"): typeof import('./graphql').MutationInputsDeleteAccountDocument;
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
export function graphql(source: "\n  fragment PostsPost on Post {\n    id\n    number\n    body\n    bodyHtml\n    createdAt\n    editedAt\n    revisionCount\n    deleted\n    hidden\n    hiddenReason\n    canEdit\n    canDelete\n    canModerate\n    author {\n      id\n      displayName\n    }\n    replyTo {\n      id\n      number\n      author {\n        id\n      }\n    }\n    mentions {\n      id\n      displayName\n    }\n    thread {\n      id\n      postCount\n      highestPostNumber\n    }\n  }\n"): typeof import('./graphql').PostsPostFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostsPost\n    }\n  }\n"): typeof import('./graphql').PostsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostsPost\n    }\n  }\n"): typeof import('./graphql').PostsUpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      ...PostsPost\n    }\n  }\n"): typeof import('./graphql').PostsDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      openingPost {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PostsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsPage($id: ID!, $first: Int, $after: String, $fromNumber: Int) {\n    thread(id: $id) {\n      postCount\n      replyCount\n      highestPostNumber\n      lastPoster {\n        id\n      }\n      posts(first: $first, after: $after, fromNumber: $fromNumber) {\n        edges {\n          cursor\n          node {\n            ...PostsPost\n          }\n        }\n        nodes {\n          id\n          number\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PostsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsRevisions($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PostsRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsReplyRevisions($id: ID!) {\n    thread(id: $id) {\n      posts(fromNumber: 2) {\n        nodes {\n          number\n          revisions {\n            revision\n            body\n            editor {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PostsReplyRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsThreadList($slug: String) {\n    threads(filter: { categorySlug: $slug }, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').PostsThreadListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostsHidePost($id: ID!) {\n    hidePost(id: $id, reason: \"Phone number\") {\n      id\n    }\n  }\n"): typeof import('./graphql').PostsHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsPreview($body: String!, $threadId: ID, $postId: ID) {\n    previewMarkdown(body: $body, threadId: $threadId, postId: $postId) {\n      html\n      personalData {\n        field\n        kind\n        label\n        text\n        blocking\n      }\n    }\n  }\n"): typeof import('./graphql').PostsPreviewDocument;
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
export function graphql(source: "\n  query ReportsPostFlags($id: ID!) {\n    thread(id: $id) {\n      posts {\n        nodes {\n          id\n          canReport\n          reportedByViewer\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsPostFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsDeletePost($id: ID!) {\n    deletePost(input: { id: $id }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportsDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsHidePost($id: ID!, $reason: String!) {\n    hidePost(input: { id: $id, reason: $reason }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportsHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportsCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsReportedBodies {\n    postReports(first: 100) {\n      nodes {\n        id\n        post {\n          body\n          bodyText\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsReportedBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsNotificationTitles {\n    notifications(first: 50) {\n      nodes {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ReportsNotificationTitlesDocument;
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
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    rank\n    snippetHtml\n    thread {\n      id\n      title\n      kind\n    }\n    post {\n      id\n      number\n      body\n    }\n  }\n"): typeof import('./graphql').SearchHitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHits($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWebPage($input: SearchInput!, $first: Int) {\n    search(input: $input, first: $first) {\n      edges {\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            category {\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchWebPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').SpaceCountersHidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersRestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SpaceCountersRestorePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersDeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').SpaceCountersDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersMarkRead($id: ID!, $n: Int!) {\n    markThreadRead(threadId: $id, upToNumber: $n) {\n      id\n    }\n  }\n"): typeof import('./graphql').SpaceCountersMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersMove($id: ID!, $categoryId: ID!) {\n    moveThread(id: $id, categoryId: $categoryId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SpaceCountersMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceCountersDeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql').SpaceCountersDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpacesFields on Space {\n    id\n    slug\n    name\n    description\n    position\n    archived\n    revision\n    canStartThreads\n    canReply\n    readRoles\n    watching\n  }\n"): typeof import('./graphql').SpacesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesList($includeArchived: Boolean) {\n    spaces(includeArchived: $includeArchived) {\n      ...SpacesFields\n    }\n  }\n"): typeof import('./graphql').SpacesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesOne($slug: String!) {\n    space(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n"): typeof import('./graphql').SpacesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesOldOne($slug: String!) {\n    category(slug: $slug) {\n      ...SpacesFields\n    }\n  }\n"): typeof import('./graphql').SpacesOldOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesOldList {\n    categories {\n      ...SpacesFields\n    }\n  }\n"): typeof import('./graphql').SpacesOldListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesCreate($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesUpdate($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesMove($input: MoveSpaceInput!) {\n    moveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n      swappedWith {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesArchive($input: SpaceIdInput!) {\n    archiveSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesRestore($input: SpaceIdInput!) {\n    restoreSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesWatch($input: SpaceIdInput!) {\n    watchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesUnwatch($input: SpaceIdInput!) {\n    unwatchSpace(input: $input) {\n      space {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesUnwatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesOldWatch($id: ID!) {\n    watchCategory(id: $id) {\n      watching\n    }\n  }\n"): typeof import('./graphql').SpacesOldWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacesThreadSpace($id: ID!) {\n    thread(id: $id) {\n      space {\n        ...SpacesFields\n      }\n      category {\n        ...SpacesFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpacesThreadSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SpacesCreateThread($input: CreateThreadInput!) {\n      createThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SpacesMoveThread($input: MoveThreadInput) {\n      moveThread(input: $input) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesMoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SpacesMoveThreadPositional($id: ID, $categoryId: ID) {\n      moveThread(id: $id, categoryId: $categoryId) {\n        id\n        space {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesMoveThreadPositionalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SpacesThreads($filter: ThreadFilter) {\n      threads(filter: $filter, first: 50) {\n        nodes {\n          id\n          space {\n            slug\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SpacesSearch($input: SearchInput!) {\n      search(input: $input) {\n        nodes {\n          thread {\n            id\n            space {\n              slug\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription SpacesLive($spaceId: ID, $categoryId: ID) {\n      liveEvents(spaceId: $spaceId, categoryId: $categoryId) {\n        id\n        kind\n        threadId\n        spaceId\n        categoryId\n      }\n    }\n  "): typeof import('./graphql').SpacesLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SpacesIntrospection {\n      __schema {\n        types {\n          name\n          fields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n            args(includeDeprecated: true) {\n              name\n              isDeprecated\n              deprecationReason\n            }\n          }\n          inputFields(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n          enumValues(includeDeprecated: true) {\n            name\n            isDeprecated\n            deprecationReason\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').SpacesIntrospectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SpacesPermissions {\n      viewer {\n        permissions\n      }\n    }\n  "): typeof import('./graphql').SpacesPermissionsDocument;
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
export function graphql(source: "\n  mutation TwoProcessesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TwoProcessesCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoProcessesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').TwoProcessesCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoProcessesViewer {\n    viewer {\n      id\n    }\n  }\n"): typeof import('./graphql').TwoProcessesViewerDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppViewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n"): typeof import('./graphql').WebAppViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppSchemaTypes {\n    __schema {\n      types {\n        name\n        description\n        fields {\n          name\n          description\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebAppSchemaTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyEvidenceCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').JourneyEvidenceCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyLiveCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').JourneyLiveCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyLiveCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').JourneyLiveCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyMembershipSubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n"): typeof import('./graphql').JourneyMembershipSubmitApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyThreadCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').JourneyThreadCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyThreadCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').JourneyThreadCreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyThreadUpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      id\n      revisionCount\n    }\n  }\n"): typeof import('./graphql').JourneyThreadUpdatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyThreadReportPost($postId: ID!, $reason: String!) {\n    reportPost(postId: $postId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').JourneyThreadReportPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JourneyThreadResolveReport($id: ID!, $note: String!) {\n    resolveReport(id: $id, action: DISMISS, note: $note) {\n      id\n    }\n  }\n"): typeof import('./graphql').JourneyThreadResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JourneyThreadSpaces {\n    spaces {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').JourneyThreadSpacesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
