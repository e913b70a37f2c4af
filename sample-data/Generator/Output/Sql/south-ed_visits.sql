SELECT e.event_no AS ed_visit_id,
       e.mrn AS patient_id,
       substr(e.arrival_at, 1, 10) AS visit_date,
       e.dx_primary AS primary_dx,
       CASE e.disposition_cd WHEN 'ADM' THEN 'true' WHEN 'DC' THEN 'false' END AS admitted,
       e.facility_cd AS facility,
       e.dx_other AS other_dx,
       strftime('%Y-%m-%dT%H:%M:%S', e.modified_at) AS updated_at
FROM ed_event AS e
WHERE e.modified_at > replace(@watermark, 'T', ' ')
ORDER BY e.event_key
