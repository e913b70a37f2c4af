SELECT l.problem_no AS diagnosis_id,
       l.mrn AS patient_id,
       l.icd10_cd AS dx_code,
       l.noted_on AS dx_date,
       strftime('%Y-%m-%dT%H:%M:%S', l.modified_at) AS updated_at
FROM problem_list AS l
WHERE l.modified_at > replace(@watermark, 'T', ' ')
ORDER BY l.problem_key
