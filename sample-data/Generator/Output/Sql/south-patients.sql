SELECT p.mrn AS patient_id,
       p.site_code AS clinic_id,
       p.dob AS birth_date,
       CASE p.gender_cd WHEN 'FEM' THEN 'F' WHEN 'MAL' THEN 'M' WHEN 'NB' THEN 'X' WHEN 'UNK' THEN 'U' ELSE p.gender_cd END AS sex,
       p.race_desc AS race,
       p.ethnic_desc AS ethnicity,
       p.pref_language AS language,
       CASE p.fin_class WHEN 'MCD' THEN 'Medicaid' WHEN 'MCR' THEN 'Medicare' WHEN 'COM' THEN 'Commercial' WHEN 'SELF' THEN 'Uninsured' ELSE p.fin_class END AS payer,
       p.deceased_on AS death_date,
       strftime('%Y-%m-%dT%H:%M:%S', p.modified_at) AS updated_at
FROM person AS p
WHERE p.modified_at > replace(@watermark, 'T', ' ')
ORDER BY p.person_key
