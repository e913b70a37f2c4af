SELECT q.result_no AS screening_id,
       q.mrn AS patient_id,
       q.site_code AS clinic_id,
       substr(q.taken_at, 1, 10) AS screening_date,
       CASE q.instrument_cd WHEN 'PHQA' THEN 'PHQ-A' WHEN 'GAD2' THEN 'GAD-2' WHEN 'DAST10' THEN 'DAST-10' WHEN 'AHCHRSN' THEN 'AHC-HRSN'
            ELSE q.instrument_cd END AS instrument,
       q.total_score AS score,
       q.item9_score AS item9_score,
       CASE q.positive_yn WHEN 'Y' THEN 'true' WHEN 'N' THEN 'false' END AS positive,
       strftime('%Y-%m-%dT%H:%M:%S', q.modified_at) AS updated_at
FROM questionnaire_result AS q
WHERE q.modified_at > replace(@watermark, 'T', ' ')
ORDER BY q.result_key
