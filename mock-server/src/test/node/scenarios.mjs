// Drives the official Node SDKs of Alibaba Cloud against a running aliyun-mock, unchanged, and
// prints one JSON object per scenario (one per line) for NodeClientsTest to check.
//
//   node scenarios.mjs <pop-core|vpc20160428> <host:port>
//
// The mock must serve its built-in default world with strict signatures: the scenarios connect
// ri-hangzhou0initiator001 to ri-beijing00acceptor0001 with the default account's keys.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [sdk, endpoint] = process.argv.slice(2);
const KEY = 'testAccessKeyId';
const SECRET = 'testAccessKeySecret';
const REGION = 'cn-hangzhou';
const INITIATOR = 'ri-hangzhou0initiator001';
const CROSS = 'ri-hangzhou0crossacct001';

function emit(scenario, fields) {
  process.stdout.write(JSON.stringify({ sdk, scenario, ...fields }) + '\n');
}

/** Runs one scenario; a thrown error becomes {error: code, status}. */
async function run(scenario, body) {
  try {
    emit(scenario, await body());
  } catch (e) {
    emit(scenario, { error: e.code ?? e.name, status: e.statusCode ?? e.entry?.response?.statusCode ?? e.data?.statusCode, requestId: e.data?.RequestId ?? e.data?.requestId });
  }
}

/** The SDK v1 line: @alicloud/pop-core's RPCClient (GET by default, or everything in a POST form body). */
function popCore() {
  const RPCClient = require('@alicloud/pop-core').RPCClient;
  const client = (secret) =>
    new RPCClient({ accessKeyId: KEY, accessKeySecret: secret, endpoint: `http://${endpoint}`, apiVersion: '2016-04-28' });
  const good = client(SECRET);
  return {
    connect: () => good.request('ConnectRouterInterface', { RegionId: REGION, RouterInterfaceId: INITIATOR }, { method: 'POST' }),
    status: async () => {
      const r = await good.request('DescribeRouterInterfaces', {
        RegionId: REGION,
        Filter: [{ Key: 'RouterInterfaceId', Value: [INITIATOR] }],
      });
      return r.RouterInterfaceSet.RouterInterfaceType[0].Status;
    },
    page: async () => {
      const r = await good.request('DescribeRouterInterfaces', {
        RegionId: REGION,
        PageSize: 1,
        PageNumber: 2,
        Filter: [{ Key: 'RouterInterfaceId', Value: [INITIATOR, CROSS] }],
      });
      return { total: r.TotalCount, ids: r.RouterInterfaceSet.RouterInterfaceType.map((i) => i.RouterInterfaceId) };
    },
    badSecret: () => client('wrongSecret').request('DescribeRouterInterfaces', { RegionId: REGION }),
  };
}

/** The Tea generation: @alicloud/vpc20160428's Client (ACS3-HMAC-SHA256 signatures). */
function vpc20160428() {
  const Vpc = require('@alicloud/vpc20160428');
  const { $OpenApiUtil } = require('@alicloud/openapi-core');
  const Config = $OpenApiUtil.Config;
  const client = (secret) =>
    new Vpc.default(new Config({ accessKeyId: KEY, accessKeySecret: secret, endpoint, protocol: 'HTTP', regionId: REGION }));
  const good = client(SECRET);
  const describe = (extra) =>
    good.describeRouterInterfaces(new Vpc.DescribeRouterInterfacesRequest({ regionId: REGION, ...extra }));
  return {
    connect: () =>
      good.connectRouterInterface(new Vpc.ConnectRouterInterfaceRequest({ regionId: REGION, routerInterfaceId: INITIATOR })),
    status: async () => {
      const r = await describe({ filter: [new Vpc.DescribeRouterInterfacesRequestFilter({ key: 'RouterInterfaceId', value: [INITIATOR] })] });
      return r.body.routerInterfaceSet.routerInterfaceType[0].status;
    },
    page: async () => {
      const r = await describe({
        pageSize: 1,
        pageNumber: 2,
        filter: [new Vpc.DescribeRouterInterfacesRequestFilter({ key: 'RouterInterfaceId', value: [INITIATOR, CROSS] })],
      });
      return { total: r.body.totalCount, ids: r.body.routerInterfaceSet.routerInterfaceType.map((i) => i.routerInterfaceId) };
    },
    badSecret: () => client('wrongSecret').describeRouterInterfaces(new Vpc.DescribeRouterInterfacesRequest({ regionId: REGION })),
  };
}

const calls = { 'pop-core': popCore, vpc20160428: vpc20160428 }[sdk]();

await run('connect', async () => {
  const r = await calls.connect();
  return { ok: true, requestId: r.RequestId ?? r.body?.requestId };
});
await run('poll', async () => {
  const seen = [];
  for (let i = 0; i < 5 && seen[seen.length - 1] !== 'Active'; i++) {
    seen.push(await calls.status());
  }
  return { seen };
});
await run('connectAgain', calls.connect);
await run('page', calls.page);
await run('badSecret', calls.badSecret);
