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
    "\n  query CategoriesCacheList {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.CategoriesCacheListDocument,
    "\n  mutation CategoriesCacheArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.CategoriesCacheArchiveDocument,
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
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": typeof types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": typeof types.WatchingCategoriesDocument,
};
const documents: Documents = {
    "\n  query CategoriesCacheList {\n    categories {\n      id\n      name\n    }\n  }\n": types.CategoriesCacheListDocument,
    "\n  mutation CategoriesCacheArchive($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": types.CategoriesCacheArchiveDocument,
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
    "\n  mutation WatchingWatchThread($id: ID!) {\n    watchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingWatchThreadDocument,
    "\n  mutation WatchingUnwatchThread($id: ID!) {\n    unwatchThread(id: $id) {\n      id\n      title\n      watching\n    }\n  }\n": types.WatchingUnwatchThreadDocument,
    "\n  mutation WatchingWatchCategory($id: ID!) {\n    watchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingWatchCategoryDocument,
    "\n  mutation WatchingUnwatchCategory($id: ID!) {\n    unwatchCategory(id: $id) {\n      id\n      slug\n      watching\n    }\n  }\n": types.WatchingUnwatchCategoryDocument,
    "\n  query WatchingCategories {\n    categories {\n      id\n      watching\n    }\n  }\n": types.WatchingCategoriesDocument,
};

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
