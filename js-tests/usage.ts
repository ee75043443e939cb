// Type-checked with `tsc --noEmit --strict` against the installed package (js-tests/types.test.mjs).
// Each `@ts-expect-error` line proves that wrong usage is rejected; tsc fails if one compiles.
import {
  ApiError,
  ValidationError,
  VpnClient,
  validateCreateVpnConnection,
  type CreateVpnConnectionRequest,
  type Issue,
  type Report,
  type VpnConnectionResponse,
} from "cloudvpn";
import { Emulator, EMULATOR_DEFAULTS, type EmulatorOptions } from "cloudvpn/emulator";
import { createVpnConnectionSchema, createCustomerGatewaySchema, validateCreateVpnGateway } from "cloudvpn";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as small from "cloudvpn/validate";

// The schemas are Standard Schema v1 as form libraries type it.
const schema: StandardSchemaV1<CreateVpnConnectionRequest> = createVpnConnectionSchema;
const cgwSchema: StandardSchemaV1 = createCustomerGatewaySchema;
void cgwSchema;
async function runSchema(): Promise<string[]> {
  const result = await schema["~standard"].validate({ vpn_connection: {} });
  return result.issues ? result.issues.map((i) => `${i.path?.join(".")}: ${i.message}`) : [];
}
void runSchema;
// @ts-expect-error: a schema is not a function
createVpnConnectionSchema({});
// The validators-only entry has the validators and schemas with the same types, and no client.
const smallReport: Report = small.validateCreateVpnConnection({ vpn_connection: {} }, { cloud: "otc" });
const smallSchema: StandardSchemaV1<CreateVpnConnectionRequest> = small.createVpnConnectionSchema;
void smallReport;
void smallSchema;
// @ts-expect-error: cloudvpn/validate has no VpnClient
void small.VpnClient;
// @ts-expect-error: nor a signer
void small.signRequest;
const gatewayReport: Report = validateCreateVpnGateway({ vpn_gateway: { flavor: "Basic" } }, { cloud: "otc" });
void gatewayReport;

const body: CreateVpnConnectionRequest = {
  vpn_connection: {
    vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
    vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
    cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
    peer_subnets: ["192.168.44.0/24"],
    psk: "Abcd1234!x",
    style: "static",
  },
};

const report: Report = validateCreateVpnConnection(body, { cloud: "otc", unknownEnums: "warning" });
const first: Issue | undefined = report.issues[0];
const severity: "error" | "warning" | undefined = first?.severity;
void severity;
// Codes are a union a form can switch on; a misspelt one does not compile.
const overlaps = report.issues.filter((i) => i.code === "cidr.overlap" || i.code === "cidr.duplicate");
void overlaps;
// @ts-expect-error: no such code
void report.issues.filter((i) => i.code === "cidr.overlaps");
// A form passes whatever it holds: the validator takes unknown input.
validateCreateVpnConnection({ anything: [1, 2, 3] });

// @ts-expect-error: "aws" is not a cloud
validateCreateVpnConnection(body, { cloud: "aws" });

const options: EmulatorOptions = { transitionMs: 0, seed: 1 };
const emulator = new Emulator(options);
const client = new VpnClient({
  endpoint: "http://emulator.local",
  projectId: EMULATOR_DEFAULTS.project,
  auth: { token: EMULATOR_DEFAULTS.token },
  fetch: emulator.fetch,
  validation: "error",
});

// @ts-expect-error: projectId is required
new VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", auth: { token: "t" } });
// @ts-expect-error: validation is "error" | "warn" | "off"
new VpnClient({ endpoint: "https://x", projectId: "p", auth: { token: "t" }, validation: "strict" });

// AK/SK auth and the other operations are typed too.
const signed = new VpnClient({
  endpoint: VpnClient.endpointFor("otc", "eu-de"),
  projectId: "0123456789abcdef0123456789abcdef",
  auth: { accessKey: "AK", secretKey: "SK", securityToken: "ST" },
});
async function more(): Promise<void> {
  await signed.deleteVpnConnection("98c5af8a-6ee2-4482-99a2-ae2280a6f4c3");
  await signed.listVpnConnections({ limit: 100, vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d" });
  await signed.addTags("vpn-connection", "98c5af8a-6ee2-4482-99a2-ae2280a6f4c3", { tags: [{ key: "env" }] });
  // @ts-expect-error: not a tag resource type
  await signed.listTags("vpn-gateways", "98c5af8a-6ee2-4482-99a2-ae2280a6f4c3");
  // @ts-expect-error: a customer gateway needs id_value
  await signed.createCustomerGateway({ customer_gateway: { name: "x" } });
}
void more;

async function main(): Promise<string> {
  const created: VpnConnectionResponse = await client.createVpnConnection(body, { signal: AbortSignal.timeout(5000) });
  const status: string | undefined = (await client.getVpnConnection(created.vpn_connection.id)).vpn_connection.status;
  // @ts-expect-error: the body needs vgw_id, vgw_ip and cgw_id
  await client.createVpnConnection({ vpn_connection: { peer_subnets: [] } });
  // A call's own validation options: here the gateway the connection goes on.
  await client.createVpnConnection(body, { validateOptions: { context: { gateway: { attachment_type: "er" } } } });
  // @ts-expect-error: cloud is "huawei" or "otc"
  await client.createVpnConnection(body, { validateOptions: { cloud: "aws" } });
  // The policies' algorithms are unions of the values the API takes.
  const policies: CreateVpnConnectionRequest["vpn_connection"] = {
    ...body.vpn_connection,
    ikepolicy: { dh_group: "group19", encryption_algorithm: "aes-256-gcm-16", authentication_algorithm: "sha2-512" },
    ipsecpolicy: { pfs: "disable" },
  };
  void policies;
  // @ts-expect-error: "group3" is not a DH group
  await client.createVpnConnection({ vpn_connection: { ...body.vpn_connection, ikepolicy: { dh_group: "group3" } } });
  // @ts-expect-error: nor is "aes-512" a cipher
  await client.createVpnConnection({ vpn_connection: { ...body.vpn_connection, ipsecpolicy: { encryption_algorithm: "aes-512" } } });
  try {
    await client.getVpnConnection("11111111-2222-4333-8444-555555555555");
  } catch (e) {
    if (e instanceof ApiError) {
      const code: string = e.code;
      const httpStatus: number = e.status;
      const requestId: string | null = e.requestId;
      return `${code} ${httpStatus} ${requestId}`;
    }
    if (e instanceof ValidationError) return e.issues.map((i) => i.path).join();
  }
  return status ?? "";
}
void main;

// Pages, waiters and the concurrency limit.
async function flows(client: VpnClient): Promise<number> {
  let count = 0;
  for await (const c of client.paginateVpnConnections({ limit: 100 })) {
    const id: string = c.id;
    count += id.length > 0 ? 1 : 0;
  }
  for await (const g of client.paginateCustomerGateways()) count += g.id ? 1 : 0;
  await client.waitForVpnGateway("11111111-2222-4333-8444-555555555555", { until: "ACTIVE", timeoutMs: 60_000 });
  await client.waitForVpnConnection("11111111-2222-4333-8444-555555555555", { until: ["ACTIVE", "DOWN"], failOn: ["ERROR"] });
  await client.waitForDeletion("vpn-connection", "11111111-2222-4333-8444-555555555555", { minDelayMs: 500 });
  // @ts-expect-error: a kind the API does not have
  await client.waitForDeletion("vpc", "11111111-2222-4333-8444-555555555555");
  // @ts-expect-error: timeoutMs is a number of ms
  await client.waitForVpnGateway("11111111-2222-4333-8444-555555555555", { timeoutMs: "1m" });
  // @ts-expect-error: maxConcurrency is a number
  new VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: "p", auth: { token: "t" }, maxConcurrency: "8" });
  return count;
}
void flows;

// Every answer is typed; ids are strings; each list takes its own documented query keys.
async function answers(client: VpnClient): Promise<string[]> {
  const id = "11111111-2222-4333-8444-555555555555";
  const gw = (await client.createVpnGateway({ vpn_gateway: { vpc_id: id, connect_subnet: id, local_subnets: ["10.0.0.0/16"] } })).vpn_gateway;
  const eipId: string | undefined = gw.eip1?.id;
  const cgw = (await client.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } })).customer_gateway;
  const page = await client.listVpnConnections({ limit: 100, vgw_id: gw.id });
  const next: string | undefined = page.page_info?.next_marker;
  const cgws: number = (await client.listCustomerGateways({ limit: 10 })).customer_gateways.length;
  const gws: number = (await client.listVpnGateways()).vpn_gateways.length;
  const quota: number | undefined = (await client.getQuotas()).quotas.resources[0]?.quota;
  const azs: string[] | undefined = (await client.listAvailabilityZones()).availability_zones["professional1"]?.vpc;
  const monitors = (await client.listConnectionMonitors({ vpn_connection_id: id })).connection_monitors.map((m) => m.id);
  const tags = (await client.listTags("vpn-gateway", gw.id)).tags.map((t) => t.key);
  const counted: number = (await client.countResourcesByTags("vpn-gateway", { tags: [{ key: "env", values: ["prod"] }] })).total_count;
  const found: number = (await client.filterResourcesByTags("vpn-gateway", {}, { limit: 10, offset: 0 })).resources.length;
  const log = (await client.getVpnConnectionLog(id)).logs.map((l) => l.raw_message ?? "");
  const settled = (await client.waitForVpnGateway(gw.id)).vpn_gateway.status;
  const up = (await client.waitForVpnConnection(id)).vpn_connection.status;
  const gone: void = await client.waitForDeletion("vpn-gateway", gw.id);
  void [eipId, next, cgws, gws, quota, azs, counted, found, settled, up, gone];
  // @ts-expect-error: an id is a string
  await client.getVpnConnection(123);
  // @ts-expect-error: a misspelt query key
  await client.listVpnConnections({ limt: 5 });
  // @ts-expect-error: customer gateways are not filtered by gateway
  await client.listCustomerGateways({ vgw_id: id });
  // @ts-expect-error: an answer's fields are typed: no vpn_gateways in a connection list
  void page.vpn_gateways.length;
  // @ts-expect-error: total_count is a number
  const wrong: string = (await client.countResourcesByTags("vpn-gateway", {})).total_count;
  void wrong;
  // @ts-expect-error: a status the API does not have
  await client.waitForVpnConnection(id, { until: "ACTVE" });
  return [cgw.id, ...monitors, ...tags, ...log];
}
void answers;
