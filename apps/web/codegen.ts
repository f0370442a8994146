import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (`nx run web:codegen`): paths are relative to it.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      // Operations select whole fragments; masking would force a useFragment() call at every read.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        // Reuse the shared enums so `can(me.roles, …)` and the label tables accept API values as they are.
        enumValues: {
          Role: '@ideas-hub/domain#Role',
          Profession: '@ideas-hub/domain#Profession',
          Benefit: '@ideas-hub/domain#Benefit',
          IdeaStatus: '@ideas-hub/domain#IdeaStatus',
          IdeaSort: '@ideas-hub/domain#IdeaSort',
          ContentType: '@ideas-hub/domain#ContentType',
          ModerationDecision: '@ideas-hub/domain#ModerationDecision',
          IdentityMode: '@ideas-hub/domain#IdentityMode',
          ReportStatus: '@ideas-hub/domain#ReportStatus',
          ReportMessageAuthor: '@ideas-hub/domain#ReportMessageAuthor',
          ReviewItemKind: '@ideas-hub/domain#ReviewItemKind',
          RecommendationStatus: '@ideas-hub/domain#RecommendationStatus',
          ImplementationStatus: '@ideas-hub/domain#ImplementationStatus',
          VoteChoice: '@ideas-hub/domain#VoteChoice',
          VoteResult: '@ideas-hub/domain#VoteResult',
        },
      },
    },
  },
};

export default config;
