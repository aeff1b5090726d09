/**
 * The committed schema files: the printed SDL and supergraph are what the code builds,
 * and the breaking-change check against schema/baseline/. One file, so the four
 * subgraphs' code and composition load once. Run one suite with
 * `npx jest test/schema/committed-schemas -t '<its describe name>'`.
 */
import './supergraph.suite';
import './schema-check.suite';
