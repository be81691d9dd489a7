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
    "\n  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.DiscussionFixturesCreateThreadDocument,
    "\n  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.DiscussionFixturesCreatePostDocument,
    "\n  fragment DiscussionStatementsAuthor on PostAuthor {\n    id\n    displayName\n    organisation\n    roles\n  }\n": typeof types.DiscussionStatementsAuthorFragmentDoc,
    "\n  fragment DiscussionStatementsCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    referralRoute\n    groupSize\n    duration\n    benefits\n    measurement\n    whatWorked\n    wouldChange\n  }\n": typeof types.DiscussionStatementsCaseStudyFragmentDoc,
    "\n  query DiscussionStatementsList($slug: String, $first: Int) {\n    threads(filter: { categorySlug: $slug }, first: $first) {\n      nodes {\n        id\n        kind\n        title\n        summary\n        tags\n        pinned\n        locked\n        postCount\n        replyCount\n        lastPostedAt\n        category {\n          id\n          slug\n          name\n          canReply\n          unreadThreadCount\n          newThreadCount\n          watching\n        }\n        author {\n          ...DiscussionStatementsAuthor\n        }\n        lastPoster {\n          ...DiscussionStatementsAuthor\n        }\n        caseStudy {\n          ...DiscussionStatementsCaseStudy\n        }\n        openingPost {\n          id\n          bodyHtml\n        }\n        canReply\n        canEdit\n        canModerate\n        isNew\n        unreadCount\n        lastReadNumber\n        firstUnreadNumber\n        watching\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DiscussionStatementsListDocument,
    "\n  query DiscussionStatementsPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      category {\n        id\n        name\n        canReply\n      }\n      author {\n        ...DiscussionStatementsAuthor\n      }\n      lastPoster {\n        ...DiscussionStatementsAuthor\n      }\n      caseStudy {\n        ...DiscussionStatementsCaseStudy\n      }\n      openingPost {\n        id\n        number\n        bodyHtml\n      }\n      canReply\n      canEdit\n      canModerate\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          author {\n            ...DiscussionStatementsAuthor\n          }\n          replyTo {\n            id\n            number\n            author {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          mentions {\n            ...DiscussionStatementsAuthor\n          }\n          thread {\n            id\n            title\n          }\n          canEdit\n          canDelete\n          canModerate\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 3) {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          canReact\n          canReport\n          reportedByViewer\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DiscussionStatementsPageDocument,
    "\n  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          canEdit\n          canDelete\n          canModerate\n          canReact\n          canReport\n          reportedByViewer\n          author {\n            id\n            displayName\n            organisation\n          }\n          replyTo {\n            id\n            number\n            author {\n              id\n              displayName\n            }\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 10) {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DiscussionStatementsWebPostsDocument,
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
    "\n  fragment SearchHitFields on SearchHit {\n    rank\n    snippetHtml\n    thread {\n      id\n      title\n      kind\n    }\n    post {\n      id\n      number\n      body\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query SearchHits($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n    }\n  }\n": typeof types.SearchHitsDocument,
    "\n  query SearchWebPage($input: SearchInput!, $first: Int) {\n    search(input: $input, first: $first) {\n      edges {\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            category {\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchWebPageDocument,
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
};
const documents: Documents = {
    "\n  mutation DiscussionFixturesCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.DiscussionFixturesCreateThreadDocument,
    "\n  mutation DiscussionFixturesCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      number\n    }\n  }\n": types.DiscussionFixturesCreatePostDocument,
    "\n  fragment DiscussionStatementsAuthor on PostAuthor {\n    id\n    displayName\n    organisation\n    roles\n  }\n": types.DiscussionStatementsAuthorFragmentDoc,
    "\n  fragment DiscussionStatementsCaseStudy on CaseStudy {\n    setting\n    activityTypes\n    referralRoute\n    groupSize\n    duration\n    benefits\n    measurement\n    whatWorked\n    wouldChange\n  }\n": types.DiscussionStatementsCaseStudyFragmentDoc,
    "\n  query DiscussionStatementsList($slug: String, $first: Int) {\n    threads(filter: { categorySlug: $slug }, first: $first) {\n      nodes {\n        id\n        kind\n        title\n        summary\n        tags\n        pinned\n        locked\n        postCount\n        replyCount\n        lastPostedAt\n        category {\n          id\n          slug\n          name\n          canReply\n          unreadThreadCount\n          newThreadCount\n          watching\n        }\n        author {\n          ...DiscussionStatementsAuthor\n        }\n        lastPoster {\n          ...DiscussionStatementsAuthor\n        }\n        caseStudy {\n          ...DiscussionStatementsCaseStudy\n        }\n        openingPost {\n          id\n          bodyHtml\n        }\n        canReply\n        canEdit\n        canModerate\n        isNew\n        unreadCount\n        lastReadNumber\n        firstUnreadNumber\n        watching\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DiscussionStatementsListDocument,
    "\n  query DiscussionStatementsPage($id: ID!, $first: Int) {\n    thread(id: $id) {\n      id\n      title\n      kind\n      category {\n        id\n        name\n        canReply\n      }\n      author {\n        ...DiscussionStatementsAuthor\n      }\n      lastPoster {\n        ...DiscussionStatementsAuthor\n      }\n      caseStudy {\n        ...DiscussionStatementsCaseStudy\n      }\n      openingPost {\n        id\n        number\n        bodyHtml\n      }\n      canReply\n      canEdit\n      canModerate\n      posts(first: $first) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          author {\n            ...DiscussionStatementsAuthor\n          }\n          replyTo {\n            id\n            number\n            author {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          mentions {\n            ...DiscussionStatementsAuthor\n          }\n          thread {\n            id\n            title\n          }\n          canEdit\n          canDelete\n          canModerate\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 3) {\n              ...DiscussionStatementsAuthor\n            }\n          }\n          canReact\n          canReport\n          reportedByViewer\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DiscussionStatementsPageDocument,
    "\n  query DiscussionStatementsWebPosts($id: ID!, $first: Int!, $fromNumber: Int) {\n    thread(id: $id) {\n      id\n      posts(first: $first, fromNumber: $fromNumber) {\n        nodes {\n          id\n          number\n          body\n          bodyHtml\n          createdAt\n          editedAt\n          revisionCount\n          deleted\n          hidden\n          hiddenReason\n          canEdit\n          canDelete\n          canModerate\n          canReact\n          canReport\n          reportedByViewer\n          author {\n            id\n            displayName\n            organisation\n          }\n          replyTo {\n            id\n            number\n            author {\n              id\n              displayName\n            }\n          }\n          reactions {\n            kind\n            count\n            reactedByViewer\n            reactors(first: 10) {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DiscussionStatementsWebPostsDocument,
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
    "\n  fragment SearchHitFields on SearchHit {\n    rank\n    snippetHtml\n    thread {\n      id\n      title\n      kind\n    }\n    post {\n      id\n      number\n      body\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query SearchHits($input: SearchInput!, $first: Int, $after: String) {\n    search(input: $input, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n    }\n  }\n": types.SearchHitsDocument,
    "\n  query SearchWebPage($input: SearchInput!, $first: Int) {\n    search(input: $input, first: $first) {\n      edges {\n        node {\n          snippetHtml\n          thread {\n            id\n            title\n            category {\n              name\n            }\n            author {\n              displayName\n            }\n          }\n          post {\n            id\n            number\n            author {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchWebPageDocument,
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
};

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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
