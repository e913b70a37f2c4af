SELECT s.survey_no AS survey_id,
       s.mrn AS patient_id,
       s.site_code AS clinic_id,
       s.returned_on AS survey_date,
       s.rating AS score,
       s.scale_max AS max_score,
       strftime('%Y-%m-%dT%H:%M:%S', s.modified_at) AS updated_at
FROM satisfaction_survey AS s
WHERE s.modified_at > replace(@watermark, 'T', ' ')
ORDER BY s.survey_key
