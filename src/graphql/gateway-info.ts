import { Field, ObjectType, Query, Resolver } from "type-graphql";

@ObjectType("GatewayInfo", { description: "What this gateway is and where it sends calls." })
export class GatewayInfo {
  @Field(() => String)
  version!: string;

  @Field(() => String, { description: '"local" (the embedded simulated AWS) or "aws".' })
  backend!: string;

  @Field(() => String, { description: "The AWS region calls go to." })
  region!: string;
}

@Resolver()
export class GatewayInfoResolver {
  constructor(private readonly info: GatewayInfo) {}

  @Query(() => GatewayInfo, { description: "The gateway's version, backend and region." })
  gateway(): GatewayInfo {
    return this.info;
  }
}
