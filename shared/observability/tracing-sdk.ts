import { OTLPTraceExporter as OtlpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto';
// @opentelemetry/resources 2.x under an npm alias: @apollo/gateway's OpenTelemetry 1.x
// packages need 1.x at the top of node_modules, and a direct 2.x there would give each of
// them its own nested copy (some 60 MB more).
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources-2';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { ServiceName, TracingSettings } from '../config';

/**
 * The OpenTelemetry SDK's part of tracing (shared/observability/tracing.ts loads this
 * module only when tracing is configured): the process's tracer provider, batched, with
 * the configured exporter.
 */
function exporterFor(settings: TracingSettings): SpanExporter {
  if (settings.exporter === 'console') return new ConsoleSpanExporter();
  return settings.protocol === 'http/json' ? new OtlpJsonExporter({ url: settings.url }) : new OtlpProtobufExporter({ url: settings.url });
}

/** Registers a tracer provider naming the process `doorstep-<service>` (unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES say otherwise). */
export function registerTracerProvider(service: ServiceName, settings: TracingSettings, exporter?: SpanExporter): NodeTracerProvider {
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': `doorstep-${service}`, 'service.namespace': 'doorstep' }))
    .merge(detectResources({ detectors: [envDetector] }));
  // Batched: spans leave in the background (OTEL_BSP_* tune it), never on the request path.
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter ?? exporterFor(settings))] });
  provider.register();
  return provider;
}
