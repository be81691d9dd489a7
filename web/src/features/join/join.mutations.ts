// Applying to join, and answering an administrator's question about an application; open to visitors.
import { graphql } from '../../gql';

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input)
  }
`);

export const ApplicationQuestionQuery = graphql(`
  query ApplicationQuestion($token: String!) {
    applicationQuestion(token: $token) {
      fullName
      question
    }
  }
`);

export const AnswerApplicationQuestionMutation = graphql(`
  mutation AnswerApplicationQuestion($input: AnswerApplicationQuestionInput!) {
    answerApplicationQuestion(input: $input)
  }
`);
