import { Field, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { BackendName } from "../backend";

const GatewayBackend = { LOCAL: "local", AWS: "aws", EMULATOR: "emulator" } as const satisfies Record<string, BackendName>;
registerEnumType(GatewayBackend, {
  name: "GatewayBackend",
  description: "Where the gateway sends calls.",
  valuesConfig: {
    LOCAL: { description: "The embedded simulated AWS account, in memory." },
    AWS: { description: "Real AWS, through the AWS SDK." },
    EMULATOR: { description: "The AWS SDK path against the embedded wire emulator of AWS's protocols." },
  },
});

@ObjectType("GatewayInfo", { description: "What this gateway is and where it sends calls." })
export class GatewayInfo {
  @Field(() => String)
  version!: string;

  @Field(() => GatewayBackend)
  backend!: BackendName;

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
