// Validators for the vendored Open Referral UK schemas (ajv 2020 draft features unused; strict off because the
// profile's schemas carry Frictionless keywords such as "constraints" and "core").
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import pageSchema from './page.json';
import scheduleSchema from './schedule.json';
import serviceListSchema from './service_list.json';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

export const validServiceListItem = ajv.compile(serviceListSchema);
export const validPage = ajv.compile(pageSchema);
export const validSchedule = ajv.compile(scheduleSchema);
