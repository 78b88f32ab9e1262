import { createUnionType } from "type-graphql";
import type { BrokersFault } from "../../ports/brokers";
import { BadRequest, Forbidden } from "../mq-errors";
import { COMMON_MEMBERS, memberByCode } from "../result-members";
import { UpstreamThrottled, UpstreamUnavailable } from "../upstream-errors";
import { BrokerConnection } from "./types";

/** A page of brokers (the `brokers` query). */
export const BrokersResult = createUnionType({
  name: "BrokersResult",
  types: () => [BrokerConnection, BadRequest, Forbidden, ...COMMON_MEMBERS] as const,
});
export type BrokersResult = typeof BrokersResult;

export const brokersFaultMember = memberByCode<BrokersFault, BrokersResult>({
  BadRequest: BadRequest.of,
  Forbidden: Forbidden.of,
  UpstreamThrottled: UpstreamThrottled.of,
  UpstreamUnavailable: UpstreamUnavailable.of,
});
