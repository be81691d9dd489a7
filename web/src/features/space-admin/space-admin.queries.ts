// Admins: every discussion space (archived ones too) and the changes they make to them.
import { graphql } from '../../gql';

export const AdminSpacesQuery = graphql(`
  query AdminSpaces {
    spaces(includeArchived: true) {
      id
      slug
      name
      description
      position
      archived
      revision
      readRoles
      startRoles
      replyRoles
    }
  }
`);

export const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      space {
        id
        slug
        name
      }
    }
  }
`);

export const UpdateSpaceMutation = graphql(`
  mutation UpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      space {
        id
        revision
        slug
        name
        description
        readRoles
        startRoles
        replyRoles
      }
    }
  }
`);

export const MoveSpaceMutation = graphql(`
  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {
    moveSpace(input: { id: $id, direction: $direction }) {
      space {
        id
        position
      }
      swappedWith {
        id
        position
      }
    }
  }
`);

export const ArchiveSpaceMutation = graphql(`
  mutation ArchiveSpace($id: ID!) {
    archiveSpace(input: { id: $id }) {
      space {
        id
        archived
      }
    }
  }
`);

export const RestoreSpaceMutation = graphql(`
  mutation RestoreSpace($id: ID!) {
    restoreSpace(input: { id: $id }) {
      space {
        id
        archived
      }
    }
  }
`);
