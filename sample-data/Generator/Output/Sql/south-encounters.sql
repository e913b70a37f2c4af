SELECT a.appt_no AS encounter_id,
       a.mrn AS patient_id,
       a.site_code AS clinic_id,
       substr(a.appt_start, 1, 10) AS encounter_date,
       CASE a.visit_type WHEN 'PCP' THEN 'primary_care' WHEN 'BHV' THEN 'behavioral_health' WHEN 'CCM' THEN 'care_management'
            WHEN 'PSY' THEN 'psychiatric_consult' WHEN 'OTH' THEN 'other' ELSE a.visit_type END AS encounter_type,
       CASE a.contact_mode WHEN 'OFC' THEN 'in_person' WHEN 'VID' THEN 'telehealth' WHEN 'TEL' THEN 'phone' ELSE a.contact_mode END AS modality,
       CASE a.appt_status WHEN 'CMP' THEN 'completed' WHEN 'NOS' THEN 'no_show' WHEN 'CAN' THEN 'cancelled' ELSE a.appt_status END AS status,
       a.prov_code AS provider_id,
       a.duration_min AS minutes,
       strftime('%Y-%m-%dT%H:%M:%S', a.modified_at) AS updated_at
FROM appointment AS a
WHERE a.modified_at > replace(@watermark, 'T', ' ')
ORDER BY a.appt_key
