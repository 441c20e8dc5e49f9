import type { EventsTimeseries } from './types.js';
/**
 * Seconds in a bucket size: a number is already seconds, a string is `<n><s|m|h|d|w>` as in
 * Sentry's `statsPeriod`. The API takes an integer, so fractions are refused rather than rounded.
 */
export declare function intervalSeconds(interval: number | string): number;
/** A date as the ISO 8601 text Sentry's `start`/`end` expect. */
export declare function isoDate(value: string | Date): string;
/** The 200 body of `events-timeseries`, as far as launchgate reads it. */
export interface RawTimeseriesResponse {
    meta?: {
        dataset?: string;
    };
    timeSeries: {
        yAxis: string;
        groupBy?: {
            key: string;
            value: unknown;
        }[];
        meta?: {
            valueType?: string;
            valueUnit?: string | null;
        };
        values: {
            timestamp: number;
            value: number | null;
            incomplete?: boolean;
            sampleCount?: number;
            confidence?: 'low' | 'high' | null;
        }[];
    }[];
}
/**
 * Typed buckets from Sentry's answer. A bucket is marked incomplete when Sentry says so or when
 * its interval ends after `nowMs`, since a partial bucket undercounts errors and traffic alike.
 * @param intervalMs the bucket size that was requested (Sentry's echo of it is not relied on)
 * @param nowMs the time of the query
 */
export declare function toEventsTimeseries(raw: RawTimeseriesResponse, request: {
    dataset: string;
    yAxis: string[];
    intervalMs: number;
    nowMs: number;
}): EventsTimeseries;
