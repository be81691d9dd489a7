// Admins: every discussion space (archived ones too) and the changes they make to them.
import { graphql } from '../../gql';

export const AdminSpacesQuery = graphql(`
  query AdminSpaces {
    categories(includeArchived: true) {
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
  mutation CreateSpace($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      slug
      name
    }
  }
`);

export const UpdateSpaceMutation = graphql(`
  mutation UpdateSpace($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
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
`);

export const MoveSpaceMutation = graphql(`
  mutation MoveSpace($id: ID!, $direction: MoveDirection!) {
    moveCategory(id: $id, direction: $direction) {
      id
      position
    }
  }
`);

export const ArchiveSpaceMutation = graphql(`
  mutation ArchiveSpace($id: ID!) {
    archiveCategory(id: $id) {
      id
      archived
    }
  }
`);

export const RestoreSpaceMutation = graphql(`
  mutation RestoreSpace($id: ID!) {
    restoreCategory(id: $id) {
      id
      archived
    }
  }
`);
