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
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
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
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n": typeof types.AccountSetupDocument,
    "\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": typeof types.CompleteAccountSetupDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query DiscussionSpaces {\n    categories {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n    }\n  }\n": typeof types.DiscussionSpacesDocument,
    "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n": typeof types.CommunitySummaryDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n": typeof types.ApplicationQuestionDocument,
    "\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": typeof types.AnswerApplicationQuestionDocument,
    "\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n": typeof types.AdminMemberDocument,
    "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": typeof types.ReinstateMemberDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query AdminSpaces {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      slug\n      name\n      description\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n": typeof types.MoveSpaceDocument,
    "\n  mutation ArchiveSpace($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveSpaceDocument,
    "\n  mutation RestoreSpace($id: ID!) {\n    restoreCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.RestoreSpaceDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
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
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query AccountSetup($token: String!) {\n    accountSetup(token: $token) {\n      email\n      fullName\n      organisation\n      purpose\n    }\n  }\n": types.AccountSetupDocument,
    "\n  mutation CompleteAccountSetup($input: CompleteAccountSetupInput!) {\n    completeAccountSetup(input: $input)\n  }\n": types.CompleteAccountSetupDocument,
    "\n  query DevMailbox($first: Int) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query DiscussionSpaces {\n    categories {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n    }\n  }\n": types.DiscussionSpacesDocument,
    "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n": types.CommunitySummaryDocument,
    "\n  mutation SubmitApplication($input: SubmitApplicationInput!) {\n    submitApplication(input: $input)\n  }\n": types.SubmitApplicationDocument,
    "\n  query ApplicationQuestion($token: String!) {\n    applicationQuestion(token: $token) {\n      fullName\n      question\n    }\n  }\n": types.ApplicationQuestionDocument,
    "\n  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {\n    answerApplicationQuestion(input: $input)\n  }\n": types.AnswerApplicationQuestionDocument,
    "\n  query AdminMembers($status: MemberStatus, $search: String, $first: Int, $after: String) {\n    members(status: $status, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        organisation\n        roles\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      organisation\n      jobTitle\n      email\n      roles\n      status\n      statusReason\n      memberSince\n    }\n  }\n": types.AdminMemberDocument,
    "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n": types.ReinstateMemberDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        title\n        link\n        read\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment ProfileFields on MemberProfile {\n    id\n    displayName\n    pronouns\n    organisation\n    jobTitle\n    sector\n    sectorOther\n    region\n    interests\n    activityTypes\n    takesReferrals\n    email\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n      bio\n      showEmail\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...ProfileFields\n      bioHtml\n      roles\n      memberSince\n      status\n    }\n  }\n": types.MemberPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n      bio\n      bioHtml\n      showEmail\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query AdminSpaces {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      slug\n      name\n      description\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n": types.MoveSpaceDocument,
    "\n  mutation ArchiveSpace($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveSpaceDocument,
    "\n  mutation RestoreSpace($id: ID!) {\n    restoreCategory(id: $id) {\n      id\n      archived\n    }\n  }\n": types.RestoreSpaceDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      permissions\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
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
export function graphql(source: "\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory(\n    $search: String\n    $sector: Sector\n    $region: Region\n    $interest: WellbeingBenefit\n    $takesReferrals: Boolean\n    $first: Int\n    $after: String\n  ) {\n    directory(\n      search: $search\n      sector: $sector\n      region: $region\n      interest: $interest\n      takesReferrals: $takesReferrals\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        displayName\n        pronouns\n        organisation\n        jobTitle\n        sector\n        sectorOther\n        region\n        takesReferrals\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionSpaces {\n    categories {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n    }\n  }\n"): (typeof documents)["\n  query DiscussionSpaces {\n    categories {\n      id\n      slug\n      name\n      description\n      everyoneCanStart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n"): (typeof documents)["\n  query CommunitySummary {\n    community {\n      name\n      memberCount\n      organisationCount\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($memberId: ID!, $roles: [Role!]!) {\n    setMemberRoles(memberId: $memberId, roles: $roles) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($memberId: ID!, $reason: String!) {\n    suspendMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateMember($memberId: ID!, $reason: String!) {\n    reinstateMember(memberId: $memberId, reason: $reason) {\n      id\n      roles\n      status\n      statusReason\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
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
export function graphql(source: "\n  query AdminSpaces {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      archived\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      slug\n      name\n      description\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      slug\n      name\n      description\n      readRoles\n      startRoles\n      replyRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {\n    moveCategory(id: $id, direction: $direction) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSpace($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSpace($id: ID!) {\n    archiveCategory(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSpace($id: ID!) {\n    restoreCategory(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSpace($id: ID!) {\n    restoreCategory(id: $id) {\n      id\n      archived\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;