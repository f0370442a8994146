import { Action } from '@ideas-hub/domain';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator';
import { OrganisationModel } from './organisations.models';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Query(() => [OrganisationModel], { description: 'NHS organisations a report can name, by name.' })
  @Allow(Action.ReadPublished)
  async organisations(): Promise<OrganisationModel[]> {
    return (await this.organisationsService.list()).map(OrganisationModel.from);
  }
}
